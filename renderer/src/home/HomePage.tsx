import { useTranslation } from 'react-i18next';
import { useHost } from '../api/useHost';
import { ErrorMessage } from '../app/ErrorMessage';
import { BankCard } from './BankCard';
import { BankProblems } from './BankProblems';

export function HomePage({ onPractise }: { onPractise: (bankId: string, chapterId?: string) => void }) {
  const { t } = useTranslation();
  const { result, reload } = useHost('banks.list', {});
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {result.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {result.state === 'failed' && <ErrorMessage error={result.error} onRetry={reload} />}
      {result.state === 'ready' && (
        <>
          <BankProblems problems={result.value.problems} />
          {result.value.banks.length === 0 ? (
            <p>{t('home.empty')}</p>
          ) : (
            <ul className="bank-list">
              {result.value.banks.map((b) => (
                <li key={b.id}>
                  <BankCard bank={b} onPractise={(chapterId) => onPractise(b.id, chapterId)} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
