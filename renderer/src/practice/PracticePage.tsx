import { useTranslation } from 'react-i18next';
import { useHost } from '../api/useHost';
import { ErrorMessage } from '../app/ErrorMessage';
import { PracticeSession } from './PracticeSession';

export function PracticePage({ bankId, chapterId, onExit }: { bankId: string; chapterId: string | undefined; onExit: () => void }) {
  const { t } = useTranslation();
  const { result, reload } = useHost('banks.open', chapterId ? { bankId, chapterId } : { bankId });
  if (result.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (result.state === 'failed') return <ErrorMessage error={result.error} onRetry={reload} />;
  return <PracticeSession key={`${bankId}/${chapterId ?? ''}`} data={result.value} onExit={onExit} />;
}
