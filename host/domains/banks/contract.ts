import { z } from 'zod';
import type { BankProblem } from '@core/bank/problems';
import type { BankGroup } from '@core/bank/groups';
import type { Chapter } from '@core/practice/items';
import type { BankProgress, DayTally } from '@core/progress/progress';
import type { BANK_CHANNELS } from './channels';

export const bankArgs = {
  'banks.list': z.object({}).strict(),
} satisfies Record<(typeof BANK_CHANNELS)[number], z.ZodType>;

/** Progress and resume position of a whole bank or of one chapter of it. */
export interface ScopeSummary {
  progress: BankProgress;
  /** Where practice resumes; equal to `progress.total` once the round is finished. */
  position: number;
}

export interface ChapterSummary extends Chapter, ScopeSummary {}

export interface BankHead {
  id: string;
  title: string;
  version: string;
  laws: { id: string; title: string }[];
}

export interface BankSummary extends BankHead, ScopeSummary {
  /** Where the start screen lists it. */
  group: BankGroup;
  chapters: ChapterSummary[];
  /** Questions whose latest answer was wrong. */
  wrong: number;
}

export interface BankResults {
  'banks.list': { banks: BankSummary[]; problems: BankProblem[]; today: DayTally };
}
