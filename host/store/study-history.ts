import type { HistoryEvent, UndoEvent } from '@core/history/event';
import { undoneIds } from '@core/study/undo';
import type { AnswerLog, HistoryScan } from './answer-log';

/** How the host folds the history: `reset` empties every fold, `visit` folds one answer in. */
export interface HistoryFolds {
  reset: () => void;
  visit: (e: HistoryEvent) => void;
}

/**
 * Folds the whole history, leaving out answers that were undone. An undo line comes after
 * its answer, so one streaming read cannot skip the answer as it passes; undos are rare, so
 * the common history is read once, and only one holding undos is read a second time (by a
 * fresh reader, which knows no ids yet) with the undone answers skipped.
 */
export function foldHistory(log: AnswerLog, reread: () => AnswerLog, folds: HistoryFolds): HistoryScan & { undone: Set<string> } {
  const undos: UndoEvent[] = [];
  const scan = log.scan(folds.visit, (u) => undos.push(u));
  const undone = undoneIds(undos);
  if (undone.size > 0) refold(reread, folds, undone);
  return { ...scan, undone };
}

/** Folds everything again from the files, without the undone answers (after an undo). */
export function refold(reread: () => AnswerLog, folds: HistoryFolds, undone: ReadonlySet<string>): void {
  folds.reset();
  const fresh = reread();
  try {
    fresh.scan((e) => {
      if (!undone.has(e.id)) folds.visit(e);
    });
  } finally {
    fresh.close();
  }
}
