import type { ProgressState } from '../progress/progress';
import { currentStreak, heatmap, weekly, type DayCell, type WeekTally } from './calendar';
import { bankCoverage, missedArticles, type BankCoverage, type MissedArticle, type StatsBank } from './coverage';

export const HEATMAP_WEEKS = 26;
export const TREND_WEEKS = 12;
export const MISSED_LIMIT = 10;

export interface StatsReport {
  today: string;
  /** Consecutive local days with answers, ending today or yesterday. */
  streak: number;
  /** HEATMAP_WEEKS weeks (Monday first), the last one ending today. */
  heatmap: DayCell[][];
  /** TREND_WEEKS weeks, oldest first. */
  weeks: WeekTally[];
  banks: BankCoverage[];
  missed: MissedArticle[];
}

/**
 * The statistics screen, folded from the progress already kept in memory (per question and
 * per local day), so it costs one pass over the questions and never re-reads the answer log.
 */
export function buildStats(banks: readonly StatsBank[], progress: ProgressState, today: string): StatsReport {
  return {
    today,
    streak: currentStreak(progress.days, today),
    heatmap: heatmap(progress.days, today, HEATMAP_WEEKS),
    weeks: weekly(progress.days, today, TREND_WEEKS),
    banks: banks.map((b) => bankCoverage(b, progress)),
    missed: missedArticles(banks, progress, MISSED_LIMIT),
  };
}
