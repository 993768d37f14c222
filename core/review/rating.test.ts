import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { ratingOf } from './rating';

describe('ratingOf', () => {
  it.each([
    ['wrong, however fast', { correct: false, elapsedMs: 1000 }, 'judge', Rating.Again],
    ['judge right under 8 s', { correct: true, elapsedMs: 7999 }, 'judge', Rating.Easy],
    ['judge right at 8 s', { correct: true, elapsedMs: 8000 }, 'judge', Rating.Good],
    ['judge right at 40 s', { correct: true, elapsedMs: 40_000 }, 'judge', Rating.Good],
    ['judge right over 40 s', { correct: true, elapsedMs: 40_001 }, 'judge', Rating.Hard],
    ['single right in 10 s (fast for a judge question, not for a choice)', { correct: true, elapsedMs: 10_000 }, 'single', Rating.Easy],
    ['single right in 50 s', { correct: true, elapsedMs: 50_000 }, 'single', Rating.Good],
    ['judge right in 50 s', { correct: true, elapsedMs: 50_000 }, 'judge', Rating.Hard],
    ['single right over 60 s', { correct: true, elapsedMs: 61_000 }, 'single', Rating.Hard],
    ['multiple right in 70 s', { correct: true, elapsedMs: 70_000 }, 'multiple', Rating.Good],
    ['unknown type takes the single pace', { correct: true, elapsedMs: 61_000 }, undefined, Rating.Hard],
    ['v1 right (no time)', { correct: true }, 'judge', Rating.Good],
    ['v1 wrong (no time)', { correct: false }, 'judge', Rating.Again],
  ] as const)('%s', (_, answer, type, rating) => {
    expect(ratingOf(answer, type)).toBe(rating);
  });

  it('a memorise-mode answer does not schedule', () => {
    expect(ratingOf({ correct: true, elapsedMs: 3000, mode: 'memorise' }, 'judge')).toBeNull();
    expect(ratingOf({ correct: true, elapsedMs: 3000, mode: 'review' }, 'judge')).toBe(Rating.Easy);
  });
});
