import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '@core/ipc/envelope';
import { ErrorMessage } from './ErrorMessage';

export function BootFailure({ error }: { error: AppErrorShape }) {
  const { t } = useTranslation();
  return (
    <main className="page" id="main">
      <h1>{t('app.name')}</h1>
      <ErrorMessage error={error} onRetry={() => location.reload()} />
    </main>
  );
}
