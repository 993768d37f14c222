import { describe, expect, it } from 'vitest';
import { applyAttempt, buildProgress, summarizeBank, type Attempt, type ProgressMap } from './progress';

const attempt = (questionId: string, correct: boolean, at: number): Attempt => ({ questionId, bankId: 'b', correct, at });

describe('applyAttempt', () => {
  it('reports before=null and the new record for a first answer', () => {
    const map: ProgressMap = new Map();
    const change = applyAttempt(map, attempt('q1', true, 100));
    expect(change).toEqual({ questionId: 'q1', before: null, after: { attempts: 1, correct: 1, lastCorrect: true, lastAt: 100 } });
    expect(map.get('q1')).toEqual(change.after);
  });

  it('reports the previous record as before, and counts on from it', () => {
    const map: ProgressMap = new Map();
    const first = applyAttempt(map, attempt('q1', true, 100));
    const second = applyAttempt(map, attempt('q1', false, 200));
    expect(second.before).toEqual({ attempts: 1, correct: 1, lastCorrect: true, lastAt: 100 });
    expect(second.after).toEqual({ attempts: 2, correct: 1, lastCorrect: false, lastAt: 200 });
    // The earlier snapshot is not changed under the caller.
    expect(first.after).toEqual({ attempts: 1, correct: 1, lastCorrect: true, lastAt: 100 });
  });

  it('keeps questions apart', () => {
    const map: ProgressMap = new Map();
    applyAttempt(map, attempt('q1', true, 1));
    expect(applyAttempt(map, attempt('q2', false, 2)).before).toBeNull();
    expect(map.size).toBe(2);
  });
});

describe('buildProgress', () => {
  it('folds a history in order', () => {
    const map = buildProgress([attempt('q1', false, 1), attempt('q1', true, 2), attempt('q2', true, 3), attempt('q1', true, 4)]);
    expect(map.get('q1')).toEqual({ attempts: 3, correct: 2, lastCorrect: true, lastAt: 4 });
    expect(map.get('q2')).toEqual({ attempts: 1, correct: 1, lastCorrect: true, lastAt: 3 });
  });
});

describe('summarizeBank', () => {
  it('counts answered and mastered (latest answer right) among the bank ids only', () => {
    const map = buildProgress([
      attempt('q1', true, 1),
      attempt('q2', true, 2),
      attempt('q2', false, 3),
      attempt('other-bank-q', true, 4),
    ]);
    expect(summarizeBank(['q1', 'q2', 'q3'], map)).toEqual({ total: 3, answered: 2, mastered: 1 });
  });

  it('is all zero for an untouched bank', () => {
    expect(summarizeBank(['a', 'b'], new Map())).toEqual({ total: 2, answered: 0, mastered: 0 });
    expect(summarizeBank([], new Map())).toEqual({ total: 0, answered: 0, mastered: 0 });
  });
});
