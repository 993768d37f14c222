import { describe, expect, it } from 'vitest';
import { answerEvent } from '@host/test-support/events';
import type { HistoryEvent } from '../history/event';
import { buildCards } from './cards';
import { dueQueue, type Candidate } from './due';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Beijing: UTC+8, so local midnight is 16:00 UTC. */
const beijing = () => 480;
const localMidnight = (y: number, m: number, d: number) => Date.UTC(y, m, d) - 8 * HOUR;
const judge = () => 'judge' as const;
const ids = (n: number) => Array.from({ length: n }, (_, i) => `q${i}`);
const candidates = (qs: string[]): Candidate[] => qs.map((questionId) => ({ bankId: 'b', questionId }));
const limits = { dailyLimit: 100, newLimit: 20, offsetOf: beijing };

describe('dueQueue', () => {
  const day1 = localMidnight(2026, 2, 2) + 10 * HOUR;

  it('offers answered questions once due, most overdue first, then unseen ones in bank order', () => {
    const events: HistoryEvent[] = [
      answerEvent({ questionId: 'q0', at: day1 }),
      answerEvent({ questionId: 'q1', at: day1, correct: false }),
      answerEvent({ questionId: 'q2', at: day1 - 20 * DAY }),
    ];
    const cards = buildCards(events, judge);
    // Two days later: the wrong one (due within day 1) and the long-ago one are due; q0 (right today) is not.
    const q = dueQueue(cards, candidates(ids(5)), { ...limits, now: day1 + 2 * DAY });
    expect(q.reviews.map((c) => c.questionId)).toEqual(['q2', 'q1'].sort((a, b) => cards.get(a)!.card.due.getTime() - cards.get(b)!.card.due.getTime()));
    expect(q.reviews.map((c) => c.questionId)).not.toContain('q0');
    expect(q.fresh.map((c) => c.questionId)).toEqual(['q3', 'q4']);
    expect(q.unseen).toBe(2);
  });

  it('uses the local day: a card due at 00:30 is not due at 23:59 the evening before, and is at 00:01', () => {
    const dueAt = buildCards([answerEvent({ questionId: 'q0', at: day1 })], judge).get('q0')!.card.due.getTime();
    // Shift the answer so that the card falls due at 00:30 local time on the day it falls due.
    const dueDayMidnight = localMidnight(2026, 2, 2) + Math.ceil((dueAt - localMidnight(2026, 2, 2)) / DAY) * DAY;
    const shift = dueDayMidnight + 30 * 60_000 - dueAt;
    const shifted = buildCards([answerEvent({ questionId: 'q0', at: day1 + shift })], judge);
    const due = shifted.get('q0')!.card.due.getTime();
    expect(due).toBe(dueDayMidnight + 30 * 60_000);
    const at = (now: number) => dueQueue(shifted, candidates(['q0']), { ...limits, now }).reviews.length;
    expect(at(dueDayMidnight - 60_000)).toBe(0); // 23:59
    expect(at(dueDayMidnight + 60_000)).toBe(1); // 00:01, before the card's minute: the day counts
  });

  it('keeps to the daily review limit, counting reviews already done today', () => {
    const events = ids(10).map((questionId) => answerEvent({ questionId, at: day1 - 30 * DAY, correct: false }));
    const cards = buildCards(events, judge);
    const now = day1;
    expect(dueQueue(cards, candidates(ids(10)), { ...limits, dailyLimit: 4, now }).reviews).toHaveLength(4);
    expect(dueQueue(cards, candidates(ids(10)), { ...limits, dailyLimit: 4, now }).dueTotal).toBe(10);
    // Three reviewed earlier today (answered right): one review slot is left.
    const more = [...events, ...ids(3).map((questionId) => answerEvent({ questionId, at: now - HOUR }))];
    expect(dueQueue(buildCards(more, judge), candidates(ids(10)), { ...limits, dailyLimit: 4, now }).reviews).toHaveLength(1);
  });

  it('keeps to the new-question limit, counting questions first met today', () => {
    const now = day1;
    expect(dueQueue(new Map(), candidates(ids(30)), { ...limits, now }).fresh).toHaveLength(20);
    const met = buildCards(ids(15).map((questionId) => answerEvent({ questionId, at: now - HOUR })), judge);
    const q = dueQueue(met, candidates(ids(30)), { ...limits, now });
    expect(q.fresh.map((c) => c.questionId)).toEqual(['q15', 'q16', 'q17', 'q18', 'q19']);
    // Met yesterday: today's allowance is whole again.
    const yesterday = buildCards(ids(15).map((questionId) => answerEvent({ questionId, at: now - DAY })), judge);
    expect(dueQueue(yesterday, candidates(ids(30)), { ...limits, now }).fresh).toHaveLength(15);
  });

  it('ignores cards of questions no longer in the banks', () => {
    const cards = buildCards([answerEvent({ questionId: 'gone', at: day1 - 30 * DAY, correct: false })], judge);
    expect(dueQueue(cards, candidates(['q0']), { ...limits, now: day1 }).reviews).toEqual([]);
  });
});
