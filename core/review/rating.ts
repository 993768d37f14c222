import { Rating, type Grade } from 'ts-fsrs';
import type { HistoryEvent } from '../history/event';
import type { Question } from '../bank/schema';

export type QuestionType = Question['type'];

/**
 * How fast an answer is for its kind of question. A judge question is one sentence and two
 * buttons; a multiple-choice question means reading four or five options and weighing each,
 * so what is "slow" there is ordinary for a judge question.
 */
export const PACE: Record<QuestionType, { fastMs: number; slowMs: number }> = {
  judge: { fastMs: 8_000, slowMs: 40_000 },
  single: { fastMs: 15_000, slowMs: 60_000 },
  multiple: { fastMs: 20_000, slowMs: 90_000 },
};

/** Modes in which an answer shows the key first: seeing it is not recalling it, so nothing is scheduled. */
const UNSCHEDULED_MODES: readonly string[] = ['memorise'];

/**
 * The FSRS grade of one answer, or null when the answer does not schedule:
 * wrong → Again; right but slower than the type's slow mark → Hard; right → Good; right and
 * quicker than its fast mark → Easy. A LawDrill 0.1 (v1) answer has no time: Good or Again.
 * A question whose type is unknown (its bank was removed) takes the single-choice pace.
 */
export function ratingOf(e: Pick<HistoryEvent, 'correct'> & { elapsedMs?: number; mode?: string }, type: QuestionType | undefined): Grade | null {
  if (e.mode !== undefined && UNSCHEDULED_MODES.includes(e.mode)) return null;
  if (!e.correct) return Rating.Again;
  if (e.elapsedMs === undefined) return Rating.Good;
  const pace = PACE[type ?? 'single'];
  if (e.elapsedMs < pace.fastMs) return Rating.Easy;
  if (e.elapsedMs > pace.slowMs) return Rating.Hard;
  return Rating.Good;
}
