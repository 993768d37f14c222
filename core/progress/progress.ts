import type { HistoryEvent } from '../history/event';
import type { Response } from '../practice/response';
import { localDay, systemOffset, type OffsetOf } from '../time/day';

export interface QuestionProgress {
  attempts: number;
  correct: number;
  lastCorrect: boolean;
  lastAt: number;
  /** Right answers in a row up to the latest (0 after a wrong one). */
  streak: number;
  /** The latest answer, when the history recorded it (v1 lines did not). */
  lastResponse?: Response;
}

export interface DayTally {
  answered: number;
  correct: number;
}

/** Everything derived from the answer history. A pure fold: the history is the truth. */
export interface ProgressState {
  questions: Map<string, QuestionProgress>;
  /** Per local day (YYYY-MM-DD): how many answers, how many right. */
  days: Map<string, DayTally>;
}

export const emptyProgress = (): ProgressState => ({ questions: new Map(), days: new Map() });

/**
 * Folds one answer in and returns the question's new record. Counts do not depend on order;
 * "latest" does, so an answer older than the record's latest (a clock set back, a merged
 * copy) is counted but does not replace the latest answer.
 */
export function applyEvent(state: ProgressState, e: HistoryEvent, offsetOf: OffsetOf = systemOffset): QuestionProgress {
  const before = state.questions.get(e.questionId);
  const attempts = (before?.attempts ?? 0) + 1;
  const correct = (before?.correct ?? 0) + (e.correct ? 1 : 0);
  let after: QuestionProgress;
  if (before && e.at < before.lastAt) after = { ...before, attempts, correct };
  else {
    after = { attempts, correct, lastCorrect: e.correct, lastAt: e.at, streak: e.correct ? (before?.streak ?? 0) + 1 : 0 };
    if (e.v === 2) after.lastResponse = e.response;
  }
  state.questions.set(e.questionId, after);
  const day = localDay(e.at, offsetOf);
  const tally = state.days.get(day) ?? { answered: 0, correct: 0 };
  state.days.set(day, { answered: tally.answered + 1, correct: tally.correct + (e.correct ? 1 : 0) });
  return after;
}

/**
 * Progress from a whole history. Events are taken in time order and each id counts once,
 * so a history holding the same answer twice (a retried request, a merged copy) folds to
 * the same state as one holding it once.
 */
export function buildProgress(events: Iterable<HistoryEvent>, offsetOf: OffsetOf = systemOffset): ProgressState {
  const state = emptyProgress();
  const seen = new Set<string>();
  const ordered = [...events].sort((a, b) => a.at - b.at);
  for (const e of ordered) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    applyEvent(state, e, offsetOf);
  }
  return state;
}

export interface BankProgress {
  total: number;
  /** Distinct questions answered at least once. */
  answered: number;
  /** Questions whose latest answer was right. */
  mastered: number;
}

export function summarize(questionIds: readonly string[], state: ProgressState): BankProgress {
  let answered = 0;
  let mastered = 0;
  for (const id of questionIds) {
    const p = state.questions.get(id);
    if (!p) continue;
    answered++;
    if (p.lastCorrect) mastered++;
  }
  return { total: questionIds.length, answered, mastered };
}
