import { describe, expect, it } from 'vitest';
import type { PracticeItem } from '../practice/items';
import { buildProgress } from '../progress/progress';
import { positionKey, resumePosition, scopeItems, scopeProblem } from './scope';
import { scopeSchema } from './scope-schema';

const item = (id: string, chapterId?: string): PracticeItem => ({
  question: { id, type: 'judge', stem: id, answer: true, explanation: 'x', basis: [{ law: 'l', article: 1, quote: 'q' }] },
  ...(chapterId && { chapterId }),
});
const source = [{ bankId: 'b', items: [item('a', 'ch1'), item('b', 'ch1'), item('c', 'ch2'), item('d')], chapterIds: ['ch1', 'ch2'] }];
const answered = (questionId: string, correct: boolean, at: number) =>
  ({ v: 1, kind: 'answer', id: `${questionId}${at}`, questionId, bankId: 'b', correct, at }) as const;

describe('scopeItems', () => {
  const progress = buildProgress([answered('a', false, 1), answered('b', true, 2), answered('c', true, 3), answered('c', false, 4)], () => 0);

  it('takes the whole bank, or one chapter', () => {
    expect(scopeItems({ kind: 'bank', bankId: 'b' }, source, progress).map((s) => s.item.question.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(scopeItems({ kind: 'chapter', bankId: 'b', chapterId: 'ch1' }, source, progress).map((s) => s.item.question.id)).toEqual(['a', 'b']);
  });

  it('takes the questions whose latest answer was wrong, in bank order', () => {
    expect(scopeItems({ kind: 'wrong', bankId: 'b' }, source, progress).map((s) => s.item.question.id)).toEqual(['a', 'c']);
    expect(scopeItems({ kind: 'wrong', bankId: 'b', chapterId: 'ch2' }, source, progress).map((s) => s.item.question.id)).toEqual(['c']);
  });

  it('takes the questions whose basis cites one article of one law, in bank order', () => {
    const cites = (id: string, ...basis: [string, number | 'preamble'][]): PracticeItem => ({
      question: { id, type: 'judge', stem: id, answer: true, explanation: 'x', basis: basis.map(([law, article]) => ({ law, article, quote: 'q' })) },
    });
    const cited = [
      {
        bankId: 'b',
        items: [cites('p', ['con', 'preamble']), cites('x', ['apl', 5]), cites('y', ['con', 5], ['apl', 5]), cites('z', ['apl', 50]), cites('w', ['apl', 5], ['apl', 5])],
        chapterIds: [],
      },
    ];
    const ids = (law: string, article: number | 'preamble') => scopeItems({ kind: 'article', bankId: 'b', law, article }, cited, progress).map((s) => s.item.question.id);
    expect(ids('apl', 5)).toEqual(['x', 'y', 'w']);
    expect(ids('con', 5)).toEqual(['y']);
    expect(ids('con', 'preamble')).toEqual(['p']);
    expect(ids('apl', 6)).toEqual([]);
    expect(scopeProblem({ kind: 'article', bankId: 'b', law: 'apl', article: 6 }, cited)).toBeNull();
  });

  it('names a chapter that does not exist', () => {
    expect(scopeProblem({ kind: 'chapter', bankId: 'b', chapterId: 'ch9' }, source)).toBe('chapter.not-found');
    expect(scopeProblem({ kind: 'bank', bankId: 'b' }, source)).toBeNull();
    expect(scopeProblem({ kind: 'bank', bankId: 'nope' }, source)).toBe('bank.not-found');
  });

  it('keeps each question with its bank when a scope spans several', () => {
    const two = [...source, { bankId: 'c', items: [item('e')], chapterIds: [] }];
    expect(scopeItems({ kind: 'bank', bankId: 'c' }, two, progress).map((s) => [s.bankId, s.item.question.id])).toEqual([['c', 'e']]);
  });
});

describe('positionKey', () => {
  it('keeps the keys LawDrill 0.1 wrote for banks and chapters', () => {
    expect(positionKey({ kind: 'bank', bankId: 'apl' })).toBe('apl');
    expect(positionKey({ kind: 'chapter', bankId: 'apl', chapterId: 'ch2' })).toBe('apl/ch2');
    expect(positionKey({ kind: 'wrong', bankId: 'apl' })).toBe('wrong:apl');
  });

  it('keeps an article’s position apart from the bank’s and its chapters’', () => {
    expect(positionKey({ kind: 'article', bankId: 'apl', law: 'apl', article: 9 })).toBe('article:apl/apl/9');
    expect(positionKey({ kind: 'article', bankId: 'con', law: 'con', article: 'preamble' })).toBe('article:con/con/preamble');
  });
});

describe('resumePosition', () => {
  it('allows "finished" (one past the last) and pulls back anything beyond', () => {
    expect(resumePosition(undefined, 5)).toBe(0);
    expect(resumePosition(5, 5)).toBe(5);
    expect(resumePosition(9, 5)).toBe(5);
  });
});

describe('scopeSchema', () => {
  it('refuses a scope with fields of another kind', () => {
    expect(scopeSchema.safeParse({ kind: 'bank', bankId: 'b', chapterId: 'c' }).success).toBe(false);
    expect(scopeSchema.safeParse({ kind: 'chapter', bankId: 'b' }).success).toBe(false);
    expect(scopeSchema.safeParse({ kind: 'article', bankId: 'b', law: 'l', article: 0 }).success).toBe(false);
    expect(scopeSchema.safeParse({ kind: 'article', bankId: 'b', law: 'l', article: 'preamble' }).success).toBe(true);
  });
});
