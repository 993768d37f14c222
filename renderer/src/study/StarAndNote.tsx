import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '@core/ipc/envelope';
import { NOTE_MAX } from '@core/study/note-limit';
import type { QuestionMark } from '@host/domains/study/contract';
import { errorOf } from '../api/client';
import { mutate, queryKey, useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import './study.css';

/** 收藏 and 笔记 on one question, shown with its explanation in the practice feedback. */
export function StarAndNote({ bankId, questionId }: { bankId: string; questionId: string }) {
  const mark = useHostQuery('study.mark', { bankId, questionId });
  if (!mark.data) return null;
  // Keyed by question: a new question starts from its own saved note.
  return <MarkControls key={questionId} bankId={bankId} questionId={questionId} mark={mark.data} />;
}

function MarkControls({ bankId, questionId, mark }: { bankId: string; questionId: string; mark: QuestionMark }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const noteId = useId();
  const [draft, setDraft] = useState(mark.note);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const tooLong = draft.length > NOTE_MAX;

  const run = async (work: () => Promise<QuestionMark>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      client.setQueryData(queryKey('study.mark', { bankId, questionId }), next);
      void client.invalidateQueries({ queryKey: ['study.overview'] });
      return true;
    } catch (e) {
      setError(errorOf(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const toggleStar = () => void run(async () => (await mutate(client, 'study.favourite', { bankId, questionId, favourite: !mark.favourite })).result);
  const saveNote = async () => {
    if (tooLong) return;
    setSaved(await run(async () => (await mutate(client, 'study.note', { bankId, questionId, text: draft })).result));
  };

  return (
    <div className="study-marks" data-testid="study-marks">
      <button type="button" className={`button star-button${mark.favourite ? ' is-on' : ''}`} aria-pressed={mark.favourite} disabled={busy} onClick={toggleStar} data-action="favourite">
        <span aria-hidden="true">{mark.favourite ? '★' : '☆'}</span> {mark.favourite ? t('study.starred') : t('study.star')}
      </button>
      <label htmlFor={noteId} className="note-label">
        {t('study.noteLabel')}
      </label>
      <textarea
        id={noteId}
        className="note-input"
        rows={3}
        value={draft}
        aria-invalid={tooLong || undefined}
        aria-describedby={`${noteId}-count`}
        data-testid="note-input"
        onChange={(e) => (setDraft(e.target.value), setSaved(false))}
        // Typing a note must not answer, move or pick (the practice keys listen on the window).
        onKeyDown={(e) => e.stopPropagation()}
      />
      <div className="note-footer">
        <span id={`${noteId}-count`} className={`note-count${tooLong ? ' is-over' : ''}`}>
          {t('study.noteCount', { n: draft.length, max: NOTE_MAX })}
        </span>
        <button type="button" className="button" disabled={busy || tooLong || draft === mark.note} onClick={() => void saveNote()} data-action="save-note">
          {t('study.noteSave')}
        </button>
      </div>
      {tooLong && (
        <p className="message message-warning" role="alert" data-testid="note-too-long">
          {t('study.noteTooLong', { max: NOTE_MAX, n: draft.length })}
        </p>
      )}
      {saved && (
        <p className="note-saved" role="status">
          {t('study.noteSaved')}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
