import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../core/ipc/contract';
import type { AppErrorShape } from '../../../core/ipc/envelope';
import type { Response } from '../../../core/practice/response';
import { optionOrder } from '../../../core/practice/shuffle';
import { send } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { ProgressBar } from '../app/ProgressBar';
import { Feedback } from './Feedback';
import { QuestionView } from './QuestionView';
import { EMPTY, hasAnswer, pick, type ItemState } from './session-state';
import { usePracticeKeys } from './usePracticeKeys';

type Data = ResultOf['banks.open'];

export function PracticeSession({ data, onExit }: { data: Data; onExit: () => void }) {
  const { t } = useTranslation();
  const { summary, items, chapter } = data;
  const scope = chapter ? { bankId: summary.id, chapterId: chapter.id } : { bankId: summary.id };
  const [position, setPosition] = useState(data.position);
  const [states, setStates] = useState<Record<string, ItemState>>({});
  const [progress, setProgress] = useState(data.progress);
  const answeredHere = items.filter((i) => progress[i.question.id]).length;
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [hint, setHint] = useState(false);
  const [busy, setBusy] = useState(false);
  const feedbackRef = useRef<HTMLHeadingElement>(null);

  const item = items[position]!;
  const { question } = item;
  const state = states[question.id] ?? EMPTY;
  const order = question.type === 'judge' ? [] : optionOrder(question.id, question.options.length);
  const last = position === items.length - 1;

  const update = (s: ItemState) => setStates((all) => ({ ...all, [question.id]: s }));
  const select = (selection: Response) => {
    if (state.outcome || busy) return;
    setHint(false);
    update({ selection });
  };

  const move = (to: number) => {
    if (to < 0 || to >= items.length || to === position) return;
    setPosition(to);
    setHint(false);
    setError(null);
    void send('practice.move', { ...scope, position: to }).then((r) => !r.ok && setError(r.error));
  };

  const submit = async () => {
    if (state.outcome || busy) return;
    if (!hasAnswer(state.selection)) return setHint(true);
    setBusy(true);
    const r = await send('practice.answer', { bankId: summary.id, questionId: question.id, response: state.selection });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    update({ selection: state.selection, outcome: { correct: r.value.correct, correctResponse: r.value.correctResponse } });
    setProgress((p) => ({ ...p, [question.id]: r.value.changes.question }));
    requestAnimationFrame(() => feedbackRef.current?.focus());
  };

  const advance = () => (last ? onExit() : move(position + 1));

  usePracticeKeys({
    judge: question.type === 'judge',
    onPick: (i) => {
      const original = order[i];
      if (question.type !== 'judge' && original !== undefined) select(pick(state.selection, original, question.type === 'multiple'));
    },
    onJudge: (value) => question.type === 'judge' && select({ kind: 'judge', value }),
    onEnter: () => (state.outcome ? advance() : void submit()),
    onPrevious: () => move(position - 1),
    onNext: () => move(position + 1),
  });

  return (
    <div className="practice" data-question-id={question.id}>
      <div className="practice-top">
        <button type="button" className="button button-quiet" onClick={onExit}>
          ← {t('practice.back')}
        </button>
        <h1 className="practice-title">
          {summary.title}
          {chapter && <span className="practice-chapter">{chapter.title}</span>}
        </h1>
        <p className="practice-position" aria-live="polite">
          {t('practice.position', { n: position + 1, total: items.length })}
        </p>
        <ProgressBar value={answeredHere} max={items.length} label={t('practice.progressLabel')} />
      </div>

      <QuestionView item={item} order={order} state={state} previous={progress[question.id]} onSelect={select} />

      {hint && (
        <p className="message message-info" role="alert">
          {t('practice.pickFirst')}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {state.outcome && <Feedback ref={feedbackRef} question={question} order={order} state={state} laws={summary.laws} />}

      <div className="practice-actions">
        <button type="button" className="button" onClick={() => move(position - 1)} disabled={position === 0}>
          {t('practice.previous')}
        </button>
        {state.outcome ? (
          <button type="button" className="button button-primary" onClick={advance}>
            {last ? t('practice.finish') : t('practice.next')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => void submit()} disabled={busy}>
            {busy ? t('practice.saving') : t('practice.submit')}
          </button>
        )}
        {!state.outcome && !last && (
          <button type="button" className="button" onClick={() => move(position + 1)}>
            {t('practice.next')}
          </button>
        )}
      </div>
      <p className="keys-hint">{t('practice.keysHint')}</p>
    </div>
  );
}
