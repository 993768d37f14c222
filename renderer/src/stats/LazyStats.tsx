import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The statistics screen and its chart library load only when it is opened, so the first
// screen's bundle does not carry them.
const StatsPage = lazy(() => import('./StatsPage'));

export function LazyStats() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <StatsPage />
    </Suspense>
  );
}
