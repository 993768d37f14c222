import type { DayTally, QuestionProgress } from '@core/progress/progress';
import type { Settings } from '@core/settings/options';
import type { Notice } from './app/notice';
import type { BankSummary } from './banks/contract';

/**
 * What a mutation changed, so the page updates what it shows without asking again
 * (Anki's OpOutput). Each field holds the new value of what it names.
 */
export interface Changes {
  /** Whole new summaries of the banks that changed. */
  banks?: BankSummary[];
  questions?: Record<string, QuestionProgress>;
  /** Questions that have no record any more (their only answer was undone). */
  forgotten?: string[];
  today?: DayTally;
  settings?: Settings;
  notices?: Notice[];
}

export interface Mutation<R> {
  result: R;
  changes: Changes;
}
