import { systemOffset, type OffsetOf } from '../time/day';

const DAY = 86_400_000;
import type { ReviewCard } from './cards';

/** A question the due queue may offer: every question of the installed banks, in bank order. */
export interface Candidate {
  bankId: string;
  questionId: string;
}

export interface DueOptions {
  now: number;
  offsetOf?: OffsetOf;
  /** Most reviews (answered questions) a day, counting those already reviewed today. */
  dailyLimit: number;
  /** Most unseen questions introduced a day, counting those first answered today. */
  newLimit: number;
}

export interface DueQueue {
  /** Answered questions due today, most overdue first, within the daily limit. */
  reviews: Candidate[];
  /** Unseen questions, in bank order, within today's new-question allowance. */
  fresh: Candidate[];
  /** Every answered question due today, before the limit. */
  dueTotal: number;
  /** Questions never answered (in the candidates). */
  unseen: number;
}

/**
 * Today's review queue. "Today" is the learner's local day: a card due at 00:30 tomorrow is
 * not due at 23:59 tonight, and a card due at 23:00 today is due from the day's first minute
 * (a learner reviews a day at a time, not to the minute).
 */
export function dueQueue(cards: ReadonlyMap<string, ReviewCard>, candidates: readonly Candidate[], o: DueOptions): DueQueue {
  const offsetOf = o.offsetOf ?? systemOffset;
  // Today as an interval, found once: localDay per card costs a Date and a string each, 20,000
  // times a call. The zone offset is taken at `now` (a DST change that night shifts the end
  // of the day by an hour at most; China keeps one offset all year).
  const offset = offsetOf(o.now) * 60_000;
  const start = Math.floor((o.now + offset) / DAY) * DAY - offset;
  const end = start + DAY;
  const isToday = (t: number) => t >= start && t < end;
  const due: { c: Candidate; at: number }[] = [];
  const unseen: Candidate[] = [];
  let reviewedToday = 0;
  let introducedToday = 0;
  for (const c of candidates) {
    const r = cards.get(c.questionId);
    if (!r) {
      unseen.push(c);
      continue;
    }
    if (isToday(r.firstAt)) introducedToday++;
    else if (r.card.last_review && isToday(r.card.last_review.getTime())) reviewedToday++;
    const at = r.card.due.getTime();
    if (at < end) due.push({ c, at });
  }
  // Most overdue first; ties keep bank order (the sort is stable).
  due.sort((a, b) => a.at - b.at);
  const reviewRoom = Math.max(0, o.dailyLimit - reviewedToday);
  const newRoom = Math.max(0, o.newLimit - introducedToday);
  return { reviews: due.slice(0, reviewRoom).map((d) => d.c), fresh: unseen.slice(0, newRoom), dueTotal: due.length, unseen: unseen.length };
}
