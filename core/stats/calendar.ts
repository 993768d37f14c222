import type { DayTally } from '../progress/progress';

/**
 * Calendar arithmetic on local-day keys (YYYY-MM-DD, see core/time/day.ts localDay). The
 * keys are already the learner's local days, so everything here is plain date counting in
 * UTC: no zone, no daylight-saving hour can shift a day.
 */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD key. */
export const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
export const dayKey = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
/** 0 = Monday … 6 = Sunday: weeks start on Monday, as calendars in China do. */
export const weekday = (n: number): number => (((n + 3) % 7) + 7) % 7;

export interface DayCell extends DayTally {
  day: string;
}

export interface WeekTally extends DayTally {
  /** The Monday the week starts on. */
  weekStart: string;
}

const tallyOf = (days: ReadonlyMap<string, DayTally>, n: number): DayCell => {
  const day = dayKey(n);
  const t = days.get(day);
  return { day, answered: t?.answered ?? 0, correct: t?.correct ?? 0 };
};

/**
 * The heatmap: `weeks` whole weeks Monday to Sunday, the last one holding today, each as
 * seven cells; days after today are left out of the last week.
 */
export function heatmap(days: ReadonlyMap<string, DayTally>, today: string, weeks = 26): DayCell[][] {
  const end = dayNumber(today);
  const firstMonday = end - weekday(end) - (weeks - 1) * 7;
  const out: DayCell[][] = [];
  for (let w = 0; w < weeks; w++) {
    const week: DayCell[] = [];
    for (let d = 0; d < 7; d++) {
      const n = firstMonday + w * 7 + d;
      if (n <= end) week.push(tallyOf(days, n));
    }
    out.push(week);
  }
  return out;
}

/**
 * Consecutive local days with at least one answer, ending today, or yesterday when nothing
 * has been answered yet today (the streak is not lost until today is over).
 */
export function currentStreak(days: ReadonlyMap<string, DayTally>, today: string): number {
  const active = (n: number) => (days.get(dayKey(n))?.answered ?? 0) > 0;
  let n = dayNumber(today);
  if (!active(n)) n--;
  let streak = 0;
  while (active(n)) {
    streak++;
    n--;
  }
  return streak;
}

/** Answers and right answers per Monday-to-Sunday week, the last `weeks` weeks, oldest first. */
export function weekly(days: ReadonlyMap<string, DayTally>, today: string, weeks = 12): WeekTally[] {
  return heatmap(days, today, weeks).map((cells) => ({
    weekStart: cells[0]!.day,
    answered: cells.reduce((s, c) => s + c.answered, 0),
    correct: cells.reduce((s, c) => s + c.correct, 0),
  }));
}
