import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { answerEvent } from '@host/test-support/events';
import type { HistoryEvent } from '../history/event';
import { buildCards, cardsOf, emptyReview, forgetAnswer, recordAnswer } from './cards';

const DAY = 86_400_000;
const day1 = Date.UTC(2026, 2, 2, 9);
const judge = () => 'judge' as const;
const due = (e: HistoryEvent[], id: string) => buildCards(e, judge).get(id)!.card.due.getTime();

describe('FSRS cards folded from answers', () => {
  it('a question answered right on day 1 is due later than one answered wrong', () => {
    const events = [answerEvent({ questionId: 'right', at: day1 }), answerEvent({ questionId: 'wrong', correct: false, at: day1 })];
    expect(due(events, 'right')).toBeGreaterThan(due(events, 'wrong'));
    // Wrong: back within the day (a relearning step); right: not today.
    expect(due(events, 'wrong') - day1).toBeLessThan(DAY);
  });

  it('intervals grow over weeks of right answers and fall back after a wrong one', () => {
    const events: HistoryEvent[] = [];
    let at = day1;
    const intervals: number[] = [];
    for (let i = 0; i < 6; i++) {
      events.push(answerEvent({ at }));
      const next = due(events, 'q1');
      intervals.push(next - at);
      at = Math.max(next, at + 60_000); // answered when due
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    expect(at - day1).toBeGreaterThan(14 * DAY);
    events.push(answerEvent({ at, correct: false }));
    const card = buildCards(events, judge).get('q1')!.card;
    expect(card.state).toBe(State.Relearning);
    expect(card.lapses).toBe(1);
    expect(card.due.getTime() - at).toBeLessThan(DAY);
  });

  it('an Easy answer schedules further out than a Hard one', () => {
    const events = [answerEvent({ questionId: 'easy', at: day1, elapsedMs: 2000 }), answerEvent({ questionId: 'hard', at: day1, elapsedMs: 50_000 })];
    expect(due(events, 'easy')).toBeGreaterThan(due(events, 'hard'));
  });

  it('the answer time is the review time: the same answers a week apart give dates a week apart', () => {
    const a = due([answerEvent({ at: day1 })], 'q1');
    const b = due([answerEvent({ at: day1 + 7 * DAY })], 'q1');
    expect(b - a).toBe(7 * DAY);
  });

  it('folding in steps equals folding the whole history, and ids count once', () => {
    const events = [answerEvent({ at: day1 }), answerEvent({ at: day1 + 3 * DAY, correct: false }), answerEvent({ at: day1 + 4 * DAY })];
    const whole = buildCards([...events, events[1]!], judge).get('q1')!;
    const state = emptyReview();
    recordAnswer(state, events[0]!);
    cardsOf(state, judge);
    recordAnswer(state, events[1]!);
    cardsOf(state, judge);
    recordAnswer(state, events[2]!);
    expect(cardsOf(state, judge).get('q1')).toEqual(whole);
  });

  it('an answer recorded out of time order is replayed in order', () => {
    const events = [answerEvent({ at: day1 }), answerEvent({ at: day1 + 3 * DAY, correct: false })];
    const state = emptyReview();
    recordAnswer(state, events[1]!);
    cardsOf(state, judge);
    recordAnswer(state, events[0]!);
    expect(cardsOf(state, judge).get('q1')).toEqual(buildCards(events, judge).get('q1'));
  });

  it('an undone answer is folded out', () => {
    const first = answerEvent({ at: day1 });
    const slip = answerEvent({ at: day1 + DAY, correct: false });
    const state = emptyReview();
    recordAnswer(state, first);
    recordAnswer(state, slip);
    cardsOf(state, judge);
    forgetAnswer(state, slip.id);
    expect(cardsOf(state, judge).get('q1')).toEqual(buildCards([first], judge).get('q1'));
  });

  it('v1 answers schedule as Good / Again', () => {
    const v1 = (correct: boolean, questionId: string): HistoryEvent => ({ v: 1, id: `v1:${day1}:b:${questionId}`, kind: 'answer', questionId, bankId: 'b', correct, at: day1 });
    const cards = buildCards([v1(true, 'a'), v1(false, 'b')], judge);
    expect(cards.get('a')!.card.due.getTime()).toBeGreaterThan(cards.get('b')!.card.due.getTime());
    expect(cards.get('a')!.bankId).toBe('b');
  });
});
