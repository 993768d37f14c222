import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../core/bank/schema';
import type { Response } from '../../../core/practice/response';
import { LETTERS, type ItemState } from './session-state';
import { CitationList } from './CitationList';

interface Props {
  question: Question;
  order: number[];
  state: ItemState;
  laws: { id: string; title: string }[];
}

export const Feedback = forwardRef<HTMLHeadingElement, Props>(function Feedback({ question, order, state, laws }, ref) {
  const { t } = useTranslation();
  const outcome = state.outcome!;
  const describe = (r: Response | null): string => {
    if (!r) return '';
    if (r.kind === 'judge') return r.value ? t('practice.judgeTrue') : t('practice.judgeFalse');
    return r.selected
      .map((original) => order.indexOf(original))
      .sort((a, b) => a - b)
      .map((shown) => LETTERS[shown])
      .join(t('practice.listSeparator'));
  };
  return (
    <section className={`card feedback ${outcome.correct ? 'feedback-right' : 'feedback-wrong'}`} aria-labelledby="feedback-title" data-correct={outcome.correct}>
      <h2 id="feedback-title" ref={ref} tabIndex={-1} className="feedback-title">
        {outcome.correct ? `✓ ${t('practice.correct')}` : `✗ ${t('practice.incorrect')}`}
      </h2>
      <p>
        {t('practice.yourAnswer', { answer: describe(state.selection) })}
        {'　'}
        <strong>{t('practice.correctAnswer', { answer: describe(outcome.correctResponse) })}</strong>
      </p>
      <h3>{t('practice.explanation')}</h3>
      <p className="explanation">{question.explanation}</p>
      <h3>{t('practice.basis')}</h3>
      <CitationList basis={question.basis} laws={laws} />
    </section>
  );
});
