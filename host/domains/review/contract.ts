import { z } from 'zod';
import type { REVIEW_CHANNELS } from './channels';

export const reviewArgs = {
  'review.summary': z.object({}).strict(),
} satisfies Record<(typeof REVIEW_CHANNELS)[number], z.ZodType>;

/** What the start screen's plan card shows. */
export interface ReviewSummary {
  /** Questions in today's 今日复习 queue (due reviews within the daily limit, plus new ones). */
  queue: number;
  /** Answered questions due today, before the daily limit. */
  dueTotal: number;
  /** Questions never answered, over all installed banks. */
  unseen: number;
  /** Questions whose latest answer was wrong. */
  wrong: number;
  /** The exam plan, when an exam date is set. */
  plan: { examDate: string; daysLeft: number; dailyTarget: number } | null;
}

export interface ReviewResults {
  'review.summary': ReviewSummary;
}
