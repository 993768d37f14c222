import { useTranslation } from 'react-i18next';
import type { Scope } from '@core/scope/scope-schema';
import { errorOf } from '../api/client';
import { useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { PracticeSession } from './PracticeSession';

/** Loads a scope's questions; each visit asks afresh (positions and wrong answers move on). */
export function PracticePage({ scope, at }: { scope: Scope; at: string | undefined }) {
  const { t } = useTranslation();
  const open = useHostQuery('practice.open', { scope }, { gcTime: 0 });
  if (open.isPending) return <p role="status">{t('app.loading')}</p>;
  if (open.isError) return <ErrorMessage error={errorOf(open.error)} onRetry={() => void open.refetch()} />;
  return <PracticeSession key={JSON.stringify(scope)} data={open.data} at={at} />;
}
