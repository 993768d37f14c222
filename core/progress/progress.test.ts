import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../history/event';
import { applyEvent, buildProgress, emptyProgress, summarize } from './progress';

const utc = () => 0;
let n = 0;
const answer = (questionId: string, correct: boolean, at: number, id = `e${n++}`): HistoryEvent => ({
  v: 2,
  id,
  kind: 'answer',
  questionId,
  bankId: 'b',
  response: { kind: 'judge', value: correct },
  correct,
  at,
  elapsedMs: 1000,
  mode: 'practice',
  sessionId: 's',
});

describe('applyEvent', () => {
  it('counts attempts, right answers, the streak and the latest response', () => {
    const state = emptyProgress();
    applyEvent(state, answer('q1', true, 100), utc);
    applyEvent(state, answer('q1', true, 200), utc);
    expect(state.questions.get('q1')).toMatchObject({ attempts: 2, correct: 2, streak: 2, lastCorrect: true, lastAt: 200 });
    const after = applyEvent(state, answer('q1', false, 300), utc);
    expect(after).toEqual({ attempts: 3, correct: 2, streak: 0, lastCorrect: false, lastAt: 300, lastResponse: { kind: 'judge', value: false } });
  });

  it('folds a v1 answer without a response', () => {
    const state = emptyProgress();
    const after = applyEvent(state, { v: 1, id: 'v1:1:b:q', kind: 'answer', questionId: 'q', bankId: 'b', correct: true, at: 1 }, utc);
    expect(after).toEqual({ attempts: 1, correct: 1, streak: 1, lastCorrect: true, lastAt: 1 });
  });

  it('tallies answers per local day', () => {
    const beijing = () => 480;
    const state = buildProgress([answer('a', true, Date.UTC(2026, 0, 1, 15, 59)), answer('b', false, Date.UTC(2026, 0, 1, 16, 1))], beijing);
    expect(Object.fromEntries(state.days)).toEqual({ '2026-01-01': { answered: 1, correct: 1 }, '2026-01-02': { answered: 1, correct: 0 } });
  });
});

describe('buildProgress', () => {
  it('counts an answer recorded twice once (a retried request, a merged copy)', () => {
    const e = answer('q1', false, 10, 'same');
    const once = buildProgress([e], utc);
    const twice = buildProgress([e, { ...e }], utc);
    expect(twice).toEqual(once);
    expect(twice.questions.get('q1')!.attempts).toBe(1);
  });

  it('takes answers in time order whatever the order of the files', () => {
    const state = buildProgress([answer('q', false, 20), answer('q', true, 10)], utc);
    expect(state.questions.get('q')).toMatchObject({ lastCorrect: false, streak: 0, lastAt: 20 });
  });
});

describe('summarize', () => {
  it('counts answered and latest-right questions among the given ids only', () => {
    const state = buildProgress([answer('a', true, 1), answer('b', false, 2), answer('x', true, 3)], utc);
    expect(summarize(['a', 'b', 'c'], state)).toEqual({ total: 3, answered: 2, mastered: 1 });
  });
});
