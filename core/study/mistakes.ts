import type { HistoryEvent } from '../history/event';
import type { Response } from '../practice/response';

/** What the history says about one question the learner has got wrong at least once. */
export interface MistakeRecord {
  bankId: string;
  /** Wrong answers, all time. */
  missed: number;
  /** When the latest wrong answer was given. */
  lastWrongAt: number;
  /** The latest wrong answer's response (v1 lines did not record one). */
  lastWrong?: Response;
  /** Right answers in a row since the latest wrong one. */
  rightSince: number;
}

/** Question id → record. A pure fold of the answer history, like progress. */
export type MistakeState = Map<string, MistakeRecord>;

export const emptyMistakes = (): MistakeState => new Map();

/**
 * Folds one answer in. Every wrong answer counts, whatever the mode (practice, review, a
 * later exam). An answer older than the latest wrong one (a clock set back) counts as a
 * miss but moves neither the latest wrong answer nor the run of right ones after it.
 */
export function applyMistake(state: MistakeState, e: HistoryEvent): void {
  const before = state.get(e.questionId);
  if (e.correct) {
    if (before && e.at >= before.lastWrongAt) state.set(e.questionId, { ...before, rightSince: before.rightSince + 1 });
    return;
  }
  const missed = (before?.missed ?? 0) + 1;
  if (before && e.at < before.lastWrongAt) {
    state.set(e.questionId, { ...before, missed });
    return;
  }
  const after: MistakeRecord = { bankId: e.bankId, missed, lastWrongAt: e.at, rightSince: 0 };
  if (e.v === 2) after.lastWrong = e.response;
  state.set(e.questionId, after);
}

/**
 * Whether a question is in the 错题本 now: got wrong, not yet answered right `exitStreak`
 * times in a row since, and not removed by hand after its latest wrong answer (a wrong
 * answer after a removal puts it back).
 */
export function inMistakeBook(record: MistakeRecord | undefined, removedAt: number | undefined, exitStreak: number): boolean {
  if (!record) return false;
  if (record.rightSince >= exitStreak) return false;
  return removedAt === undefined || removedAt < record.lastWrongAt;
}

/** The ids of every question in the book now. */
export function mistakeIds(state: MistakeState, removed: Readonly<Record<string, number>>, exitStreak: number): Set<string> {
  const out = new Set<string>();
  for (const [id, r] of state) if (inMistakeBook(r, removed[id], exitStreak)) out.add(id);
  return out;
}
