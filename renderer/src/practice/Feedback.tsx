import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownItem } from '@core/practice/items';
import { verdict } from '@core/practice/marks';
import type { Response } from '@core/practice/response';
import { CitationList } from './CitationList';
import { StarAndNote } from '../study/StarAndNote';
import { UndoAnswer } from '../study/UndoAnswer';
import { LETTERS, type Outcome } from './question-session';

interface Props {
  item: ShownItem;
  selection: Response;
  outcome: Outcome;
  laws: { id: string; title: string }[];
  /** Which saved answer this is (tests find it in the history file). */
  eventId: string | undefined;
  /** Offered for the answer just given in this sitting (撤销本题作答). */
  onUndone?: () => void;
}

const TITLE = { right: '✓', partial: '◐', wrong: '✗' } as const;

export const Feedback = forwardRef<HTMLHeadingElement, Props>(function Feedback({ item, selection, outcome, laws, eventId, onUndone }, ref) {
  const { t } = useTranslation();
  const v = verdict(selection, outcome.reveal.key);
  const describe = (r: Response): string => {
    if (r.kind === 'judge') return r.value ? t('practice.judgeTrue') : t('practice.judgeFalse');
    const order = item.order ?? [];
    return r.selected
      .map((original) => order.indexOf(original))
      .sort((a, b) => a - b)
      .map((shown) => LETTERS[shown])
      .join(t('practice.listSeparator'));
  };
  const label = v === 'right' ? t('practice.correct') : v === 'partial' ? t('practice.partial') : t('practice.incorrect');
  return (
    <section
      className={`card feedback feedback-${v}`}
      aria-labelledby="feedback-title"
      data-correct={outcome.correct}
      data-verdict={v}
      data-saved={outcome.saved}
      data-event-id={outcome.saved ? eventId : undefined}
    >
      <h2 id="feedback-title" ref={ref} tabIndex={-1} className="feedback-title">
        {TITLE[v]} {label}
      </h2>
      {!outcome.saved && <p className="message message-warning">{t('practice.unsaved')}</p>}
      <p>
        {t('practice.yourAnswer', { answer: describe(selection) })}
        {'　'}
        <strong>{t('practice.correctAnswer', { answer: describe(outcome.reveal.key) })}</strong>
      </p>
      {onUndone && outcome.saved && eventId && <UndoAnswer answerId={eventId} onUndone={onUndone} />}
      <h3>{t('practice.explanation')}</h3>
      <p className="explanation">{outcome.reveal.explanation}</p>
      <h3>{t('practice.basis')}</h3>
      <CitationList basis={outcome.reveal.basis} laws={laws} />
      <StarAndNote bankId={item.bankId} questionId={item.id} />
    </section>
  );
});
