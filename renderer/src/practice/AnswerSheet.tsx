import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownItem } from '@core/practice/items';
import type { QuestionProgress } from '@core/progress/progress';
import { answerOf, type SessionState } from './question-session';

interface Props {
  items: ShownItem[];
  state: SessionState;
  progress: Record<string, QuestionProgress>;
  onJump: (position: number) => void;
}

type Cell = 'right' | 'wrong' | 'unseen';

/** What one number on the sheet shows: this sitting's answer if any, else the latest ever. */
export function cellState(id: string, state: SessionState, progress: Record<string, QuestionProgress>): Cell {
  const outcome = answerOf(state, id).outcome;
  if (outcome) return outcome.correct ? 'right' : 'wrong';
  const p = progress[id];
  return p ? (p.lastCorrect ? 'right' : 'wrong') : 'unseen';
}

/** A grid of question numbers (right / wrong / not done); choosing one goes there. */
export const AnswerSheet = forwardRef<HTMLDialogElement, Props>(function AnswerSheet({ items, state, progress, onJump }, ref) {
  const { t } = useTranslation();
  const close = () => (ref && 'current' in ref ? ref.current?.close() : undefined);
  return (
    <dialog ref={ref} className="answer-sheet" aria-labelledby="sheet-title">
      <div className="sheet-head">
        <h2 id="sheet-title">{t('practice.sheetTitle')}</h2>
        <button type="button" className="button" onClick={close}>
          {t('practice.sheetClose')}
        </button>
      </div>
      <ul className="sheet-legend" aria-hidden="true">
        {(['right', 'wrong', 'unseen', 'current'] as const).map((s) => (
          <li key={s} data-cell={s}>
            {t(`practice.sheetLegend.${s}`)}
          </li>
        ))}
      </ul>
      <ol className="sheet-grid">
        {items.map((item, i) => {
          const cell = cellState(item.id, state, progress);
          return (
            <li key={item.id}>
              <button
                type="button"
                data-cell={cell}
                aria-current={i === state.position ? 'true' : undefined}
                aria-label={t('practice.sheetItem', { n: i + 1, state: t(`practice.sheetLegend.${cell}`) })}
                onClick={() => onJump(i)}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </dialog>
  );
});
