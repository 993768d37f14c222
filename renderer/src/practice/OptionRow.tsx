import { useTranslation } from 'react-i18next';
import type { OptionMark } from '@core/practice/marks';

interface Props {
  type: 'radio' | 'checkbox';
  name: string;
  letter: string;
  text: string;
  checked: boolean;
  disabled: boolean;
  mark: OptionMark;
  onChange: () => void;
}

const SYMBOL = { correct: '✓', missed: '○', wrong: '✗' } as const;

/** One answer option: a real input inside its label, so clicks, screen readers and arrow keys just work. */
export function OptionRow({ type, name, letter, text, checked, disabled, mark, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label className="option" data-mark={mark} data-checked={checked || undefined}>
      <input type={type} name={name} checked={checked} disabled={disabled} onChange={onChange} />
      <span className="option-key" aria-hidden="true">
        {letter}
      </span>
      <span className="option-text">{text}</span>
      {mark && (
        <span className="option-mark">
          {SYMBOL[mark]} {t(`practice.mark.${mark}`)}
        </span>
      )}
    </label>
  );
}
