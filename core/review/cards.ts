import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { HistoryEvent } from '../history/event';
import { ratingOf, type QuestionType } from './rating';

/** One question's FSRS card and what the due queue needs besides it. */
export interface ReviewCard {
  bankId: string;
  card: Card;
  /** The first scheduling answer: a question first met today counts against the new-question limit. */
  firstAt: number;
}

/** What an answer contributes to scheduling. */
interface Answer {
  id: string;
  at: number;
  correct: boolean;
  elapsedMs?: number;
  mode?: string;
}

interface Entry {
  bankId: string;
  /** In time order. */
  answers: Answer[];
  /** How many of `answers` the card in `cards` has taken in. */
  folded: number;
}

/**
 * FSRS cards of every answered question, folded from the answer history. Start-up only
 * records each answer (a push); ts-fsrs's scheduler runs when the cards are first asked for,
 * then only for the answers added since. Its `next` costs about 7 µs, so scheduling 200,000
 * answers while reading the history would add over a second to every launch.
 */
export interface ReviewState {
  entries: Map<string, Entry>;
  cards: Map<string, ReviewCard>;
  /** Entries with answers not yet taken into their card. */
  stale: Set<string>;
}

export const emptyReview = (): ReviewState => ({ entries: new Map(), cards: new Map(), stale: new Set() });

/** ts-fsrs's scheduler with its default weights. No fuzz: the same history gives the same dates. */
const scheduler = fsrs({ enable_fuzz: false });

/** Records one answer for scheduling; cheap (no scheduler work). */
export function recordAnswer(state: ReviewState, e: HistoryEvent): void {
  const entry = state.entries.get(e.questionId) ?? { bankId: e.bankId, answers: [], folded: 0 };
  const answer: Answer = e.v === 2 ? { id: e.id, at: e.at, correct: e.correct, elapsedMs: e.elapsedMs, mode: e.mode } : { id: e.id, at: e.at, correct: e.correct };
  entry.bankId = e.bankId;
  const last = entry.answers.at(-1);
  if (!last || last.at <= e.at) entry.answers.push(answer);
  else {
    // Older than the latest (a clock set back, a merged copy): FSRS replays in time order.
    entry.answers.push(answer);
    entry.answers.sort((a, b) => a.at - b.at);
    entry.folded = 0;
  }
  state.entries.set(e.questionId, entry);
  state.stale.add(e.questionId);
}

/** Takes an answer back (an undo event names it): its question's card is folded again without it. */
export function forgetAnswer(state: ReviewState, answerId: string): void {
  for (const [questionId, entry] of state.entries) {
    const i = entry.answers.findIndex((a) => a.id === answerId);
    if (i < 0) continue;
    entry.answers.splice(i, 1);
    entry.folded = 0;
    state.stale.add(questionId);
    return;
  }
}

/** Folds one graded answer into a card with ts-fsrs's scheduler (pure). */
export function foldCard(before: ReviewCard | undefined, bankId: string, at: number, grade: Grade): ReviewCard {
  const when = new Date(at);
  const card = scheduler.next(before?.card ?? createEmptyCard(when), when, grade).card;
  return { bankId, card, firstAt: before?.firstAt ?? at };
}

/**
 * Every card, up to date with every answer recorded. `typeOf` gives a question's type, for
 * its pace. A question none of whose answers schedules (memorise mode only) has no card.
 */
export function cardsOf(state: ReviewState, typeOf: (questionId: string) => QuestionType | undefined): ReadonlyMap<string, ReviewCard> {
  scheduleSome(state, typeOf, Infinity);
  return state.cards;
}

/**
 * Brings up to `limit` questions' cards up to date and says how many are still behind, so
 * the host can schedule a long history in slices while it is idle after start-up.
 */
export function scheduleSome(state: ReviewState, typeOf: (questionId: string) => QuestionType | undefined, limit: number): number {
  let done = 0;
  for (const questionId of state.stale) {
    if (done++ >= limit) break;
    state.stale.delete(questionId);
    const entry = state.entries.get(questionId);
    if (!entry) continue;
    let card = entry.folded === 0 ? undefined : state.cards.get(questionId);
    const type = typeOf(questionId);
    for (const a of entry.answers.slice(entry.folded)) {
      const grade = ratingOf(a, type);
      if (grade !== null) card = foldCard(card, entry.bankId, a.at, grade);
    }
    entry.folded = entry.answers.length;
    if (card) state.cards.set(questionId, { ...card, bankId: entry.bankId });
    else state.cards.delete(questionId);
  }
  return state.stale.size;
}

/** Cards from a whole history (each event id once). */
export function buildCards(events: Iterable<HistoryEvent>, typeOf: (questionId: string) => QuestionType | undefined): ReadonlyMap<string, ReviewCard> {
  const state = emptyReview();
  const seen = new Set<string>();
  for (const e of events) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    recordAnswer(state, e);
  }
  return cardsOf(state, typeOf);
}
