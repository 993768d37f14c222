import { describe, expect, it } from 'vitest';
import { dailyTarget, daysLeft, examDateProblem, isIsoDate } from './plan';

const HOUR = 3_600_000;
const beijing = () => 480;
/** 2026-03-02 23:59 in Beijing. */
const lateEvening = Date.UTC(2026, 2, 2, 15, 59);

describe('exam plan', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2026-06-20')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-6-20')).toBe(false);
    expect(isIsoDate('20 June')).toBe(false);
  });

  it('counts whole local days', () => {
    expect(daysLeft('2026-03-02', lateEvening, beijing)).toBe(0);
    expect(daysLeft('2026-03-03', lateEvening, beijing)).toBe(1);
    expect(daysLeft('2026-03-03', lateEvening + 2 * 60_000, beijing)).toBe(0); // 00:01 next day
    expect(daysLeft('2026-04-01', lateEvening, beijing)).toBe(30);
  });

  it('refuses a date in the past, allows today', () => {
    expect(examDateProblem('2026-03-01', lateEvening, beijing)).toBe('past');
    expect(examDateProblem('2026-03-02', lateEvening, beijing)).toBeNull();
    expect(examDateProblem('2026-03-02', lateEvening + HOUR, beijing)).toBe('past'); // now the 3rd in Beijing
    expect(examDateProblem('not a date', lateEvening, beijing)).toBe('invalid');
  });

  it('spreads the unseen over the days left and adds what is due', () => {
    expect(dailyTarget(100, 10, 5)).toBe(15);
    expect(dailyTarget(101, 10, 0)).toBe(11);
    expect(dailyTarget(40, 0, 3)).toBe(43); // the exam is today
  });
});
