import type { HistoryEvent, UndoEvent } from '../history/event';

/**
 * The answers a history takes back. An undo is written after its answer, so a fold that
 * reads the history once in order cannot skip them as it goes: it collects these first
 * (undo events are few) and drops the answers they name.
 */
export function undoneIds(undos: Iterable<UndoEvent>): Set<string> {
  const out = new Set<string>();
  for (const u of undos) out.add(u.target);
  return out;
}

/** The answers that still count: each undone one left out. */
export function withoutUndone<E extends HistoryEvent>(events: Iterable<E>, undone: ReadonlySet<string>): E[] {
  return [...events].filter((e) => !undone.has(e.id));
}
