import type { Response } from './response';

/** How one option reads after grading: chosen and right, a right one left out (漏选), chosen but wrong (错选). */
export type OptionMark = 'correct' | 'missed' | 'wrong' | undefined;

/** Right, wrong, or — multiple choice only — some right options chosen, none wrong, some missed. */
export type Verdict = 'right' | 'partial' | 'wrong';

export function markOption(chosen: boolean, isKey: boolean): OptionMark {
  if (isKey) return chosen ? 'correct' : 'missed';
  return chosen ? 'wrong' : undefined;
}

/** The verdict shown to the learner; `partial` still counts as wrong in every tally. */
export function verdict(response: Response, key: Response): Verdict {
  if (response.kind === 'judge' || key.kind === 'judge') {
    return response.kind === 'judge' && key.kind === 'judge' && response.value === key.value ? 'right' : 'wrong';
  }
  const keys = new Set(key.selected);
  const hits = response.selected.filter((i) => keys.has(i)).length;
  if (hits < response.selected.length) return 'wrong';
  return hits === keys.size ? 'right' : 'partial';
}
