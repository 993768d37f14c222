import { describe, expect, it } from 'vitest';
import { articleFromParam, libraryPath, positionFromAt, practicePath } from './routes';

describe('routes', () => {
  it('puts scope and question number in the path', () => {
    expect(practicePath({ kind: 'bank', bankId: 'constitution' }, 11, 435)).toBe('/bank/constitution/12');
    expect(practicePath({ kind: 'chapter', bankId: 'apl', chapterId: 'ch2' }, 0, 10)).toBe('/chapter/apl/ch2/1');
    expect(practicePath({ kind: 'wrong', bankId: 'apl' })).toBe('/wrong/apl');
    expect(practicePath({ kind: 'bank', bankId: 'apl' }, 10, 10)).toBe('/bank/apl/done');
    expect(practicePath({ kind: 'article', bankId: 'apl', law: 'administrative-penalty-law', article: 9 }, 0, 3)).toBe('/article/apl/administrative-penalty-law/9/1');
    expect(practicePath({ kind: 'article', bankId: 'con', law: 'constitution', article: 'preamble' })).toBe('/article/con/constitution/preamble');
  });

  it('reads a question number back, and refuses what is not one', () => {
    expect(positionFromAt('12', 435)).toBe(11);
    expect(positionFromAt('done', 435)).toBe(435);
    expect(positionFromAt('999', 435)).toBe(435);
    for (const bad of [undefined, '0', '-1', 'x', '1.5']) expect(positionFromAt(bad, 10)).toBeUndefined();
  });

  it('puts a law and an article of the library in the path, and reads the article back', () => {
    expect(libraryPath()).toBe('/library');
    expect(libraryPath('civil-code')).toBe('/library/civil-code');
    expect(libraryPath('civil-code', 1260)).toBe('/library/civil-code/1260');
    expect(libraryPath('constitution', 'preamble')).toBe('/library/constitution/preamble');
    expect(articleFromParam('1260')).toBe(1260);
    expect(articleFromParam('preamble')).toBe('preamble');
    for (const bad of [undefined, '', '0', '012', '-1', '1.5', 'x', '1e3']) expect(articleFromParam(bad)).toBeUndefined();
  });
});
