import { describe, expect, it } from 'vitest';
import { markOption } from './option-marks';
import { hasAnswer, pick, type ItemState } from './session-state';

describe('pick', () => {
  it('replaces the choice on a single-choice question', () => {
    expect(pick({ kind: 'choice', selected: [2] }, 0, false)).toEqual({ kind: 'choice', selected: [0] });
  });

  it('toggles options on a multiple-choice question', () => {
    const one = pick(null, 3, true);
    const two = pick(one, 1, true);
    expect(two).toEqual({ kind: 'choice', selected: [3, 1] });
    expect(pick(two, 3, true)).toEqual({ kind: 'choice', selected: [1] });
  });
});

describe('hasAnswer', () => {
  it('is false until something is chosen', () => {
    expect(hasAnswer(null)).toBe(false);
    expect(hasAnswer({ kind: 'choice', selected: [] })).toBe(false);
    expect(hasAnswer({ kind: 'choice', selected: [0] })).toBe(true);
    expect(hasAnswer({ kind: 'judge', value: false })).toBe(true);
  });
});

describe('markOption', () => {
  const answered: ItemState = { selection: null, outcome: { correct: false, correctResponse: { kind: 'judge', value: true } } };

  it('marks nothing before the answer is submitted', () => {
    expect(markOption({ selection: null }, true, true)).toBeUndefined();
  });

  it('tells right picks, wrong picks and missed right answers apart', () => {
    expect(markOption(answered, true, true)).toBe('correct');
    expect(markOption(answered, true, false)).toBe('wrong');
    expect(markOption(answered, false, true)).toBe('missed');
    expect(markOption(answered, false, false)).toBeUndefined();
  });
});
