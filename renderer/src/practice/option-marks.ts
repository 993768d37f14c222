import type { ItemState } from './session-state';

export type OptionMark = 'correct' | 'wrong' | 'missed' | undefined;

/** After submitting: right choices, wrong choices and right answers the learner missed. */
export function markOption(state: ItemState, chosen: boolean, isKey: boolean): OptionMark {
  if (!state.outcome) return undefined;
  if (isKey) return chosen ? 'correct' : 'missed';
  return chosen ? 'wrong' : undefined;
}
