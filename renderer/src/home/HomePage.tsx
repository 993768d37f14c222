import { useTranslation } from 'react-i18next';
import { BANK_GROUPS } from '@core/bank/groups';
import { errorOf } from '../api/client';
import { useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { BankCard } from './BankCard';
import { BankProblems } from './BankProblems';
import { PlanCard } from '../review/PlanCard';
import { StudyLinks } from '../study/StudyLinks';

export function HomePage() {
  const { t } = useTranslation();
  const banks = useHostQuery('banks.list', {});
  return (
    <>
      <h1 className="balanced">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <PlanCard />
      <StudyLinks />
      {banks.isPending && <p role="status">{t('app.loading')}</p>}
      {banks.isError && <ErrorMessage error={errorOf(banks.error)} onRetry={() => void banks.refetch()} />}
      {banks.data && (
        <>
          <p className="today" data-testid="today">
            {banks.data.today.answered > 0 ? t('home.today', { ...banks.data.today }) : t('home.todayNone')}
          </p>
          <BankProblems problems={banks.data.problems} />
          {banks.data.banks.length === 0 && <p>{t('home.empty')}</p>}
          {BANK_GROUPS.map((group) => {
            const inGroup = banks.data.banks.filter((b) => b.group === group);
            if (inGroup.length === 0) return null;
            return (
              <section key={group} className="bank-group" aria-labelledby={`group-${group}`} data-group={group}>
                <h2 id={`group-${group}`} className="group-title">
                  {t(`home.groups.${group}`)}
                </h2>
                <ul className="bank-list">
                  {inGroup.map((b) => (
                    <li key={b.id}>
                      <BankCard bank={b} />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
