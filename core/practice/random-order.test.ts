import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressState, type QuestionProgress } from '../progress/progress';
import { inRoundOrder, randomOrder } from './random-order';

const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);
const record = (attempts: number, correct: number, lastCorrect: boolean): QuestionProgress => ({ attempts, correct, lastCorrect, lastAt: 1, streak: lastCorrect ? 1 : 0 });
function progressOf(entries: Record<string, QuestionProgress>): ProgressState {
  const p = emptyProgress();
  for (const [id, q] of Object.entries(entries)) p.questions.set(id, q);
  return p;
}

describe('randomOrder', () => {
  it('gives the same order for the same seed and a different one for another seed', () => {
    const p = emptyProgress();
    expect(randomOrder(ids, p, 42)).toEqual(randomOrder(ids, p, 42));
    expect(randomOrder(ids, p, 42)).not.toEqual(randomOrder(ids, p, 43));
    expect(randomOrder(ids, p, 42)).not.toEqual(ids);
  });

  it('lists every question exactly once, even when an id is given twice', () => {
    const order = randomOrder([...ids, 'q3'], emptyProgress(), 7);
    expect(order).toHaveLength(ids.length);
    expect([...order].sort()).toEqual([...ids].sort());
  });

  it('puts unseen questions first, then the weakest: latest wrong, most often wrong, fewest right', () => {
    const p = progressOf({
      q0: record(5, 5, true), // strong
      q1: record(3, 0, false), // latest wrong, wrong 3 times
      q2: record(1, 0, false), // latest wrong, wrong once
      q3: record(4, 1, true), // latest right but wrong 3 times
      q4: record(2, 1, true), // latest right, wrong once, right once
      q5: record(3, 2, true), // latest right, wrong once, right twice
    });
    const order = randomOrder(ids, p, 99);
    const unseen = ids.filter((id) => !p.questions.has(id));
    expect(new Set(order.slice(0, unseen.length))).toEqual(new Set(unseen));
    expect(order.slice(unseen.length)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q0']);
  });

  it('shuffles ties with the seed', () => {
    const p = progressOf({ q0: record(1, 0, false), q1: record(1, 0, false), q2: record(1, 0, false), q3: record(1, 0, false) });
    const tail = (seed: number) => randomOrder(ids, p, seed).slice(-4);
    const tails = new Set([1, 2, 3, 4, 5, 6].map((s) => tail(s).join()));
    expect(tails.size).toBeGreaterThan(1);
    for (const t of tails) expect(t.split(',').sort()).toEqual(['q0', 'q1', 'q2', 'q3']);
  });
});

describe('inRoundOrder', () => {
  it('follows the stored order, drops ids that are gone and appends new items once', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(inRoundOrder(items, (i) => i.id, ['c', 'x', 'a', 'c', 'b']).map((i) => i.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});
