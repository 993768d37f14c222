import type { ProgressState, QuestionProgress } from '../progress/progress';
import { mulberry32 } from './shuffle';

/**
 * The order of a random round: questions never answered first (shuffled), then the answered
 * ones weakest first — latest answer wrong, then most often wrong, then fewest right — with
 * ties shuffled. Pure and seeded: the same ids, progress and seed give the same order, so a
 * round computed from the progress at its start can be recomputed or checked later.
 */
export function randomOrder(ids: readonly string[], progress: ProgressState, seed: number): string[] {
  const shuffled = [...new Set(ids)];
  const next = mulberry32(seed >>> 0);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const rank = new Map(shuffled.map((id) => [id, weakness(progress.questions.get(id))] as const));
  // Array.prototype.sort is stable: equal ranks keep their shuffled order.
  return shuffled.sort((a, b) => compareRank(rank.get(a)!, rank.get(b)!));
}

type Rank = readonly number[];

/** Smaller sorts first: [seen, latest right, −wrong answers, right answers]. */
function weakness(p: QuestionProgress | undefined): Rank {
  if (!p || p.attempts === 0) return [0, 0, 0, 0];
  return [1, p.lastCorrect ? 1 : 0, -(p.attempts - p.correct), p.correct];
}

function compareRank(a: Rank, b: Rank): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * Items in a stored round's order. Items the round does not list (a bank update added them)
 * follow in the order given; listed ids no longer present are dropped. No item twice.
 */
export function inRoundOrder<T>(items: readonly T[], idOf: (item: T) => string, roundIds: readonly string[]): T[] {
  const byId = new Map(items.map((i) => [idOf(i), i] as const));
  const out: T[] = [];
  const taken = new Set<string>();
  const take = (id: string, item: T | undefined) => {
    if (item === undefined || taken.has(id)) return;
    out.push(item);
    taken.add(id);
  };
  for (const id of roundIds) take(id, byId.get(id));
  for (const item of items) take(idOf(item), item);
  return out;
}
