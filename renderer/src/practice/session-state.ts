import type { Response } from '../../../core/practice/response';

export interface Outcome {
  correct: boolean;
  correctResponse: Response;
}

/** What the learner has done with one question in this sitting. */
export interface ItemState {
  selection: Response | null;
  outcome?: Outcome;
}

export const EMPTY: ItemState = { selection: null };

/** Picking option `original` (bank order) given the current selection. */
export function pick(selection: Response | null, original: number, multiple: boolean): Response {
  if (!multiple) return { kind: 'choice', selected: [original] };
  const current = selection?.kind === 'choice' ? selection.selected : [];
  const selected = current.includes(original) ? current.filter((i) => i !== original) : [...current, original];
  return { kind: 'choice', selected };
}

export function hasAnswer(selection: Response | null): selection is Response {
  return selection !== null && (selection.kind === 'judge' || selection.selected.length > 0);
}

export const LETTERS = 'ABCDEFGH';
