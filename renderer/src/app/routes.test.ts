import { describe, expect, it } from 'vitest';
import { positionFromAt, practicePath } from './routes';

describe('routes', () => {
  it('puts scope and question number in the path', () => {
    expect(practicePath({ kind: 'bank', bankId: 'constitution' }, 11, 435)).toBe('/bank/constitution/12');
    expect(practicePath({ kind: 'chapter', bankId: 'apl', chapterId: 'ch2' }, 0, 10)).toBe('/chapter/apl/ch2/1');
    expect(practicePath({ kind: 'wrong', bankId: 'apl' })).toBe('/wrong/apl');
    expect(practicePath({ kind: 'bank', bankId: 'apl' }, 10, 10)).toBe('/bank/apl/done');
  });

  it('reads a question number back, and refuses what is not one', () => {
    expect(positionFromAt('12', 435)).toBe(11);
    expect(positionFromAt('done', 435)).toBe(435);
    expect(positionFromAt('999', 435)).toBe(435);
    for (const bad of [undefined, '0', '-1', 'x', '1.5']) expect(positionFromAt(bad, 10)).toBeUndefined();
  });
});
