/**
 * Option order shown for a question. Deterministic per question id, so the order is the
 * same after a restart (the learner is not confused) but does not follow the bank's order
 * (nobody learns "the answer is usually B").
 */
export function optionOrder(questionId: string, optionCount: number): number[] {
  const order = Array.from({ length: optionCount }, (_, i) => i);
  const next = mulberry32(fnv1a(questionId));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** 32-bit FNV-1a hash of a string: a seed derived from an id. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A small seeded PRNG (uniform in [0, 1)): the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
