import { useTranslation } from 'react-i18next';
import type { PracticeItem } from '../../../core/practice/items';
import type { Response } from '../../../core/practice/response';
import type { QuestionProgress } from '../../../core/progress/progress';
import { ChoiceOptions } from './ChoiceOptions';
import { JudgeOptions } from './JudgeOptions';
import type { ItemState } from './session-state';

interface Props {
  item: PracticeItem;
  order: number[];
  state: ItemState;
  previous: QuestionProgress | undefined;
  onSelect: (r: Response) => void;
}

export function QuestionView({ item, order, state, previous, onSelect }: Props) {
  const { t } = useTranslation();
  const { question, caseSet } = item;
  const stemId = `stem-${question.id}`;
  return (
    <section className="card question" aria-labelledby={stemId}>
      {caseSet && (
        <aside className="case-material" aria-label={t('practice.caseMaterial')}>
          <h2 className="case-title">{t('practice.caseMaterial')}</h2>
          <p>{caseSet.material}</p>
          <p className="case-part">{t('practice.casePart', { n: caseSet.index + 1, total: caseSet.size })}</p>
        </aside>
      )}
      <p className="question-meta">
        <span className="badge">{t(`practice.type.${question.type}`)}</span>
        {previous && !state.outcome && (
          <span className={`badge ${previous.lastCorrect ? 'badge-good' : 'badge-bad'}`}>
            {previous.lastCorrect ? t('practice.lastTime.right') : t('practice.lastTime.wrong')}
          </span>
        )}
      </p>
      <h2 id={stemId} className="stem">
        {question.stem}
      </h2>
      {question.type === 'judge' ? (
        <JudgeOptions questionId={question.id} labelledBy={stemId} state={state} onSelect={onSelect} />
      ) : (
        <ChoiceOptions question={question} order={order} labelledBy={stemId} state={state} onSelect={onSelect} />
      )}
    </section>
  );
}
