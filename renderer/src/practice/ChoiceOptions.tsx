import { useTranslation } from 'react-i18next';
import type { ChoiceQuestion } from '../../../core/bank/schema';
import type { Response } from '../../../core/practice/response';
import { markOption } from './option-marks';
import { OptionRow } from './OptionRow';
import { LETTERS, pick, type ItemState } from './session-state';

interface Props {
  question: ChoiceQuestion;
  order: number[];
  labelledBy: string;
  state: ItemState;
  onSelect: (r: Response) => void;
}

export function ChoiceOptions({ question, order, labelledBy, state, onSelect }: Props) {
  const { t } = useTranslation();
  const multiple = question.type === 'multiple';
  const selected = state.selection?.kind === 'choice' ? state.selection.selected : [];
  return (
    <div role={multiple ? 'group' : 'radiogroup'} aria-labelledby={labelledBy} aria-describedby={`${labelledBy}-type`} className="options">
      <span id={`${labelledBy}-type`} className="visually-hidden">
        {t(`practice.type.${question.type}`)}
      </span>
      {order.map((original, shown) => {
        const chosen = selected.includes(original);
        return (
          <OptionRow
            key={original}
            type={multiple ? 'checkbox' : 'radio'}
            name={`q-${question.id}`}
            letter={LETTERS[shown]!}
            text={question.options[original]!}
            checked={chosen}
            disabled={Boolean(state.outcome)}
            mark={markOption(state, chosen, question.answer.includes(original))}
            onChange={() => onSelect(pick(state.selection, original, multiple))}
          />
        );
      })}
    </div>
  );
}
