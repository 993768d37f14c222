import { useTranslation } from 'react-i18next';
import { markOption } from '@core/practice/marks';
import type { Response } from '@core/practice/response';
import { OptionRow } from './OptionRow';
import type { Outcome } from './question-session';

interface Props {
  questionId: string;
  labelledBy: string;
  selection: Response | null;
  outcome: Outcome | undefined;
  locked: boolean;
  onSelect: (r: Response) => void;
}

export function JudgeOptions({ questionId, labelledBy, selection, outcome, locked, onSelect }: Props) {
  const { t } = useTranslation();
  const value = selection?.kind === 'judge' ? selection.value : null;
  const key = outcome?.reveal.key.kind === 'judge' ? outcome.reveal.key.value : null;
  const row = (v: boolean, letter: string, label: string) => (
    <OptionRow
      type="radio"
      name={`q-${questionId}`}
      letter={letter}
      text={label}
      checked={value === v}
      disabled={locked}
      mark={key === null ? undefined : markOption(value === v, key === v)}
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
