import { useTranslation } from 'react-i18next';
import type { ShownItem } from '@core/practice/items';
import { markOption } from '@core/practice/marks';
import type { Response } from '@core/practice/response';
import { OptionRow } from './OptionRow';
import { LETTERS, pick, type Outcome } from './question-session';

interface Props {
  item: ShownItem;
  labelledBy: string;
  selection: Response | null;
  outcome: Outcome | undefined;
  locked: boolean;
  onSelect: (r: Response) => void;
}

export function ChoiceOptions({ item, labelledBy, selection, outcome, locked, onSelect }: Props) {
  const { t } = useTranslation();
  const multiple = item.type === 'multiple';
  const selected = selection?.kind === 'choice' ? selection.selected : [];
  const key = outcome?.reveal.key.kind === 'choice' ? outcome.reveal.key.selected : null;
  return (
    <div role={multiple ? 'group' : 'radiogroup'} aria-labelledby={labelledBy} aria-describedby={`${labelledBy}-type`} className="options">
      <span id={`${labelledBy}-type`} className="visually-hidden">
        {t(`practice.type.${item.type}`)}
      </span>
      {(item.order ?? []).map((original, shown) => {
        const chosen = selected.includes(original);
        return (
          <OptionRow
            key={original}
            type={multiple ? 'checkbox' : 'radio'}
            name={`q-${item.id}`}
            letter={LETTERS[shown]!}
            text={item.options![original]!}
            checked={chosen}
            disabled={locked}
            mark={key ? markOption(chosen, key.includes(original)) : undefined}
            onChange={() => onSelect(pick(selection, original, multiple))}
          />
        );
      })}
    </div>
  );
}
