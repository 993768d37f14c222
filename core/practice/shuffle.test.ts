import { describe, expect, it } from 'vitest';
import { optionOrder } from './shuffle';

const ids = Array.from({ length: 300 }, (_, i) => `q-${i}`);
const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('optionOrder', () => {
  it('is a permutation of 0..n-1', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 8]) {
      for (const id of ids.slice(0, 50)) {
        expect([...optionOrder(id, n)].sort((a, b) => a - b)).toEqual(identity(n));
      }
    }
  });

  it('is the same every time for the same question', () => {
    for (const id of ids.slice(0, 50)) expect(optionOrder(id, 6)).toEqual(optionOrder(id, 6));
    expect(optionOrder('con-0001', 4)).toEqual(optionOrder('con-0001', 4));
  });

  it('is not the bank order for most questions', () => {
    const shuffled = ids.filter((id) => optionOrder(id, 4).join() !== identity(4).join());
    // 23 of 24 permutations differ from identity; far fewer would mean no shuffle at all.
    expect(shuffled.length).toBeGreaterThan(ids.length * 0.8);
  });

  it('puts every option first for some question (no "answer is usually A")', () => {
    const firsts = new Set(ids.map((id) => optionOrder(id, 4)[0]));
    expect([...firsts].sort()).toEqual([0, 1, 2, 3]);
  });

  it('differs between questions', () => {
    const distinct = new Set(ids.map((id) => optionOrder(id, 5).join()));
    expect(distinct.size).toBeGreaterThan(30);
  });
});
