import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownItem } from '@core/practice/items';
import type { Response } from '@core/practice/response';
import type { QuestionProgress } from '@core/progress/progress';
import { CaseMaterial } from './CaseMaterial';
import { ChoiceOptions } from './ChoiceOptions';
import { JudgeOptions } from './JudgeOptions';
import type { ItemAnswer, Outcome } from './question-session';

interface Props {
  item: ShownItem;
  answer: ItemAnswer;
  outcome: Outcome | undefined;
  previous: QuestionProgress | undefined;
  stemRef: RefObject<HTMLHeadingElement | null>;
  onSelect: (r: Response) => void;
}

export function QuestionView({ item, answer, outcome, previous, stemRef, onSelect }: Props) {
  const { t } = useTranslation();
  const stemId = `stem-${item.id}`;
  const locked = answer.status === 'saving' || answer.status === 'done';
  return (
    <section className="card question" aria-labelledby={stemId}>
      {item.caseSet && <CaseMaterial caseSet={item.caseSet} />}
      <p className="question-meta">
        <span className="badge">{t(`practice.type.${item.type}`)}</span>
        {previous && !outcome && (
          <span className={`badge ${previous.lastCorrect ? 'badge-good' : 'badge-bad'}`}>
            {previous.lastCorrect ? t('practice.lastTime.right') : t('practice.lastTime.wrong')}
          </span>
        )}
      </p>
      <h2 id={stemId} className="stem" ref={stemRef} tabIndex={-1}>
        {item.stem}
      </h2>
      {item.type === 'judge' ? (
        <JudgeOptions questionId={item.id} labelledBy={stemId} selection={answer.selection} outcome={outcome} locked={locked} onSelect={onSelect} />
      ) : (
        <ChoiceOptions item={item} labelledBy={stemId} selection={answer.selection} outcome={outcome} locked={locked} onSelect={onSelect} />
      )}
    </section>
  );
}
