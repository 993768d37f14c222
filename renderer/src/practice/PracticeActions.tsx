import { useTranslation } from 'react-i18next';

interface Props {
  position: number;
  count: number;
  action: 'submit' | 'next' | 'none';
  saving: boolean;
  answered: boolean;
  onPrevious: () => void;
  onPrimary: () => void;
  onSkip: () => void;
  /** Right / partly right / wrong, beside the buttons: at large text the explanation may be below the fold. */
  verdict?: 'right' | 'partial' | 'wrong' | undefined;
}

/**
 * Previous · the one primary action · Skip. The three keep their places in every state (Skip
 * is only hidden once answered), so the button under the learner's hand never jumps.
 */
const VERDICT = { right: ['✓', 'practice.correct'], partial: ['◐', 'practice.partial'], wrong: ['✗', 'practice.incorrect'] } as const;

export function PracticeActions({ position, count, action, saving, answered, onPrevious, onPrimary, onSkip, verdict }: Props) {
  const { t } = useTranslation();
  const last = position === count - 1;
  const primaryLabel = saving ? t('practice.saving') : action === 'next' ? (last ? t('practice.finish') : t('practice.next')) : t('practice.submit');
  return (
    <div className="practice-actions">
      <button type="button" className="button" onClick={onPrevious} disabled={position === 0}>
        {t('practice.previous')}
      </button>
      <button type="button" className="button button-primary button-main" onClick={onPrimary} disabled={action === 'none'} data-action={action}>
        {primaryLabel}
      </button>
      <button type="button" className="button" onClick={onSkip} disabled={last} style={answered ? { visibility: 'hidden' } : undefined} aria-hidden={answered || undefined} tabIndex={answered ? -1 : undefined}>
        {t('practice.skip')}
      </button>
      {verdict && (
        <span className={`actions-verdict verdict-${verdict}`} aria-hidden="true">
          {VERDICT[verdict][0]} {t(VERDICT[verdict][1])}
        </span>
      )}
    </div>
  );
}
