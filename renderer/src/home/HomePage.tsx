import { useTranslation } from 'react-i18next';
import { errorOf } from '../api/client';
import { useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { BankCard } from './BankCard';
import { BankProblems } from './BankProblems';

export function HomePage() {
  const { t } = useTranslation();
  const banks = useHostQuery('banks.list', {});
  return (
    <>
      <h1 className="balanced">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {banks.isPending && <p role="status">{t('app.loading')}</p>}
      {banks.isError && <ErrorMessage error={errorOf(banks.error)} onRetry={() => void banks.refetch()} />}
      {banks.data && (
        <>
          <p className="today" data-testid="today">
            {banks.data.today.answered > 0 ? t('home.today', { ...banks.data.today }) : t('home.todayNone')}
          </p>
          <BankProblems problems={banks.data.problems} />
          {banks.data.banks.length === 0 ? (
            <p>{t('home.empty')}</p>
          ) : (
            <ul className="bank-list">
              {banks.data.banks.map((b) => (
                <li key={b.id}>
                  <BankCard bank={b} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
