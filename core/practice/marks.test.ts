import { describe, expect, it } from 'vitest';
import { markOption, verdict } from './marks';

const choice = (...selected: number[]) => ({ kind: 'choice' as const, selected });

describe('markOption', () => {
  it('tells right picks, missed right answers and wrong picks apart', () => {
    expect(markOption(true, true)).toBe('correct');
    expect(markOption(false, true)).toBe('missed');
    expect(markOption(true, false)).toBe('wrong');
    expect(markOption(false, false)).toBeUndefined();
  });
});

describe('verdict', () => {
  it('is right only when exactly the key is chosen', () => {
    expect(verdict(choice(2, 0), choice(0, 2))).toBe('right');
  });
  it('is partial when some right options are chosen, none wrong, some missed', () => {
    expect(verdict(choice(0), choice(0, 2, 3))).toBe('partial');
  });
  it('is wrong as soon as one wrong option is chosen, even beside right ones', () => {
    expect(verdict(choice(0, 1), choice(0, 2))).toBe('wrong');
  });
  it('judges true/false by value', () => {
    expect(verdict({ kind: 'judge', value: true }, { kind: 'judge', value: true })).toBe('right');
    expect(verdict({ kind: 'judge', value: false }, { kind: 'judge', value: true })).toBe('wrong');
  });
});
