import type { StudyLists } from '@core/scope/scope';
import type { ReviewCard } from '@core/review/cards';
import { cardsOf, scheduleSome } from '@core/review/cards';
import { dueQueue, type Candidate, type DueQueue } from '@core/review/due';
import type { HostContext } from '../context';

const typeIn = (ctx: HostContext) => (questionId: string) => {
  for (const b of ctx.banks) {
    const item = b.byId.get(questionId);
    if (item) return item.question.type;
  }
  return undefined;
};

/** Every FSRS card, folded up to the latest answer (lazily: see core/review/cards.ts). */
export function reviewCards(ctx: HostContext): ReadonlyMap<string, ReviewCard> {
  return cardsOf(ctx.review, typeIn(ctx));
}

/** Questions scheduled per idle slice: about 20 ms of ts-fsrs at ten answers a question. */
const SLICE = 300;

/**
 * Schedules the history read at start-up in small slices while the host is idle, so the
 * first 今日复习 figures do not wait for all of it (about 1.3 s at 200,000 answers) and no
 * request waits behind more than one slice. A request that comes first finishes the rest.
 */
export function warmReviewCards(ctx: HostContext): void {
  const step = () => {
    if (scheduleSome(ctx.review, typeIn(ctx), SLICE) > 0) setImmediate(step).unref();
  };
  setImmediate(step).unref();
}

/** Today's queue over one bank or all, with the limits from the settings. */
export function todaysQueue(ctx: HostContext, bankId?: string): DueQueue {
  const candidates: Candidate[] = [];
  for (const b of ctx.banks) {
    if (bankId !== undefined && b.bank.id !== bankId) continue;
    for (const questionId of b.questionIds) candidates.push({ bankId: b.bank.id, questionId });
  }
  const { reviewDailyLimit, reviewNewLimit } = ctx.settings.get('settings');
  return dueQueue(reviewCards(ctx), candidates, { now: ctx.now(), offsetOf: ctx.offsetOf, dailyLimit: reviewDailyLimit, newLimit: reviewNewLimit });
}

/** The question ids the 'due' scope walks, in the queue's order: reviews first, then new ones. */
export function dueIds(ctx: HostContext, bankId?: string): string[] {
  const q = todaysQueue(ctx, bankId);
  return [...q.reviews, ...q.fresh].map((c) => c.questionId);
}

/** The lists argument of scopeItems for a 'due' scope: the queue is the only list it walks. */
export function dueLists(ctx: HostContext, bankId?: string): StudyLists {
  return { mistakes: new Set(), favourites: new Set(), due: dueIds(ctx, bankId) };
}
