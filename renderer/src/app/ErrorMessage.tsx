import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '@core/ipc/envelope';

/** Every host error reaches the learner as a sentence in their language, never as a code. */
export function ErrorMessage({ error, onRetry }: { error: AppErrorShape; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="message message-error" role="alert" data-error-code={error.code}>
      <p>{t(`errors.${error.code}`)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
