import type { HistoryEvent } from '../history/event';
import { cardsOf, emptyReview, recordAnswer, type ReviewCard } from './cards';
import { dueQueue, type Candidate, type DueQueue } from './due';
import type { QuestionType } from './rating';

/**
 * Cases for scripts/bench: made here so the bench times the code the app runs. Deterministic
 * (no Math.random): the same sizes give the same histories.
 */
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1, 1);
const TYPES: readonly QuestionType[] = ['single', 'multiple', 'judge'];
export const benchTypeOf = (questionId: string): QuestionType => TYPES[Number(questionId.slice(1)) % 3]!;

/** `count` v2 answers spread over `questions` questions and about a year, one in four wrong. */
export function benchHistory(count: number, questions: number): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const span = 365 * DAY;
  for (let i = 0; i < count; i++) {
    const q = (i * 7919) % questions;
    events.push({
      v: 2,
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      kind: 'answer',
      questionId: `q${q}`,
      bankId: 'bench',
      response: { kind: 'judge', value: true },
      correct: i % 4 !== 0,
      at: START + Math.floor((i / count) * span),
      elapsedMs: 3000 + ((i * 31) % 70_000),
      mode: 'practice',
      sessionId: 'bench',
    });
  }
  return events;
}

/** What start-up does per answer read (record only), then the first use (schedule every card). */
export function benchFold(events: readonly HistoryEvent[]): { recordMs: number; scheduleMs: number; cards: ReadonlyMap<string, ReviewCard> } {
  const state = emptyReview();
  const t0 = performance.now();
  for (const e of events) recordAnswer(state, e);
  const t1 = performance.now();
  const cards = cardsOf(state, benchTypeOf);
  return { recordMs: t1 - t0, scheduleMs: performance.now() - t1, cards };
}

/** Candidates for the due queue: `questions` questions of one bank, in bank order. */
export const benchCandidates = (questions: number): Candidate[] => Array.from({ length: questions }, (_, i) => ({ bankId: 'bench', questionId: `q${i}` }));

/** Today's queue over the cards, at the end of the history's year. */
export function benchDueQueue(cards: ReadonlyMap<string, ReviewCard>, candidates: readonly Candidate[]): DueQueue {
  return dueQueue(cards, candidates, { now: START + 366 * DAY, offsetOf: () => 480, dailyLimit: 100, newLimit: 20 });
}
