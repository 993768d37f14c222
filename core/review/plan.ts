import { localDay, systemOffset, type OffsetOf } from '../time/day';

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** Whole local days from today to the exam day: 0 on the day itself, negative once it has passed. */
export function daysLeft(examDate: string, now: number, offsetOf: OffsetOf = systemOffset): number {
  const today = localDay(now, offsetOf);
  return Math.round((Date.parse(`${examDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** Why an exam date cannot be set, or null. Today is allowed (the last day of study). */
export function examDateProblem(examDate: string, now: number, offsetOf: OffsetOf = systemOffset): 'invalid' | 'past' | null {
  if (!isIsoDate(examDate)) return 'invalid';
  return daysLeft(examDate, now, offsetOf) < 0 ? 'past' : null;
}

/**
 * Questions to do a day so every unseen question is met before the exam: the unseen spread
 * over the days left (the exam day counts as one when it is today), plus today's due reviews.
 */
export function dailyTarget(unseen: number, days: number, due: number): number {
  return Math.ceil(unseen / Math.max(1, days)) + due;
}
