import { useTranslation } from 'react-i18next';
import type { Response } from '../../../core/practice/response';
import { markOption } from './option-marks';
import { OptionRow } from './OptionRow';
import type { ItemState } from './session-state';

interface Props {
  questionId: string;
  labelledBy: string;
  state: ItemState;
  onSelect: (r: Response) => void;
}

export function JudgeOptions({ questionId, labelledBy, state, onSelect }: Props) {
  const { t } = useTranslation();
  const value = state.selection?.kind === 'judge' ? state.selection.value : null;
  const key = state.outcome?.correctResponse.kind === 'judge' ? state.outcome.correctResponse.value : null;
  const row = (v: boolean, letter: string, label: string) => (
    <OptionRow
      type="radio"
      name={`q-${questionId}`}
      letter={letter}
      text={label}
      checked={value === v}
      disabled={Boolean(state.outcome)}
      mark={markOption(state, value === v, key === v)}
      onChange={() => onSelect({ kind: 'judge', value: v })}
    />
  );
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} className="options options-judge">
      {row(true, 'T', t('practice.judgeTrue'))}
      {row(false, 'F', t('practice.judgeFalse'))}
    </div>
  );
}
