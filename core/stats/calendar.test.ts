import { describe, expect, it } from 'vitest';
import type { AnswerEvent } from '../history/event';
import { buildProgress } from '../progress/progress';
import { currentStreak, dayKey, dayNumber, heatmap, weekday, weekly } from './calendar';

const beijing = () => 8 * 60;
let seq = 0;
/** An answer at a Beijing wall-clock time (UTC+8). */
function answerAt(y: number, m: number, d: number, h: number, min: number, correct = true): AnswerEvent {
  return {
    v: 2,
    id: `e${++seq}`,
    kind: 'answer',
    questionId: `q${seq}`,
    bankId: 'b',
    response: { kind: 'judge', value: true },
    correct,
    at: Date.UTC(y, m - 1, d, h - 8, min),
    elapsedMs: 1000,
    mode: 'practice',
    sessionId: 's',
  };
}
const daysOf = (events: AnswerEvent[]) => buildProgress(events, beijing).days;

describe('day keys', () => {
  it('round-trips and knows the weekday (2026-12-07 is a Monday)', () => {
    expect(dayKey(dayNumber('2026-12-07'))).toBe('2026-12-07');
    expect(weekday(dayNumber('2026-12-07'))).toBe(0);
    expect(weekday(dayNumber('2026-12-06'))).toBe(6);
    expect(dayKey(dayNumber('2026-03-01') - 1)).toBe('2026-02-28');
  });
});

describe('currentStreak', () => {
  it('counts 23:59 and 00:01 local time as two days of a streak', () => {
    const days = daysOf([answerAt(2026, 3, 1, 23, 59), answerAt(2026, 3, 2, 0, 1)]);
    expect([...days.keys()]).toEqual(['2026-03-01', '2026-03-02']);
    expect(currentStreak(days, '2026-03-02')).toBe(2);
  });

  it('is one day when both answers fall before local midnight, though UTC dates differ', () => {
    // 07:30 and 09:00 in Beijing: 23:30 the day before and 01:00 in UTC
    const days = daysOf([answerAt(2026, 3, 2, 7, 30), answerAt(2026, 3, 2, 9, 0)]);
    expect(currentStreak(days, '2026-03-02')).toBe(1);
    expect(days.get('2026-03-02')).toEqual({ answered: 2, correct: 2 });
  });

  it('still holds yesterday until today is over, and is broken by a day without answers', () => {
    const days = daysOf([answerAt(2026, 2, 27, 12, 0), answerAt(2026, 3, 1, 12, 0), answerAt(2026, 3, 2, 12, 0)]);
    expect(currentStreak(days, '2026-03-02')).toBe(2);
    expect(currentStreak(days, '2026-03-03')).toBe(2);
    expect(currentStreak(days, '2026-03-04')).toBe(0);
  });
});

describe('heatmap', () => {
  it('holds whole Monday weeks ending with the week of today, cut after today', () => {
    const days = daysOf([answerAt(2026, 12, 4, 23, 59, false), answerAt(2026, 12, 5, 0, 1)]);
    const grid = heatmap(days, '2026-12-05', 26);
    expect(grid).toHaveLength(26);
    expect(grid[0]![0]!.day).toBe('2026-06-08');
    expect(weekday(dayNumber(grid[0]![0]!.day))).toBe(0);
    const last = grid[25]!;
    expect(last.map((c) => c.day)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    expect(last[4]).toEqual({ day: '2026-12-04', answered: 1, correct: 0 });
    expect(last[5]).toEqual({ day: '2026-12-05', answered: 1, correct: 1 });
  });
});

describe('weekly', () => {
  it('sums answers and right answers per week, oldest first', () => {
    // Sunday 23:59 and Monday 00:01 fall in two weeks
    const days = daysOf([answerAt(2026, 11, 29, 23, 59), answerAt(2026, 11, 30, 0, 1, false), answerAt(2026, 12, 2, 10, 0)]);
    const weeks = weekly(days, '2026-12-02', 12);
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toEqual({ weekStart: '2026-11-30', answered: 2, correct: 1 });
    expect(weeks.at(-2)).toEqual({ weekStart: '2026-11-23', answered: 1, correct: 1 });
    expect(weeks[0]).toEqual({ weekStart: '2026-09-14', answered: 0, correct: 0 });
  });
});
