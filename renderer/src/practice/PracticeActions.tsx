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
}

/**
 * Previous · the one primary action · Skip. The three keep their places in every state (Skip
 * is only hidden once answered), so the button under the learner's hand never jumps.
 */
export function PracticeActions({ position, count, action, saving, answered, onPrevious, onPrimary, onSkip }: Props) {
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
    </div>
  );
}
