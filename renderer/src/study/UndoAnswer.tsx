import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '@core/ipc/envelope';
import { errorOf } from '../api/client';
import { mutate } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';

/**
 * 撤销本题作答: takes back the answer just given (a mis-click). The host appends an undo
 * event to the history; progress, today's count and the 错题本 forget the answer.
 */
export function UndoAnswer({ answerId, onUndone }: { answerId: string; onUndone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const undo = async () => {
    setBusy(true);
    setError(null);
    try {
      await mutate(client, 'study.undo', { answerId });
      onUndone();
    } catch (e) {
      setError(errorOf(e));
      setBusy(false);
    }
  };
  return (
    <div className="undo-answer">
      <button type="button" className="button" disabled={busy} onClick={() => void undo()} data-action="undo-answer">
        {t('study.undo')}
      </button>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
