import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../history/event';
import { defaultSettings, settingsPatchSchema } from '../settings/settings';
import { applyMistake, emptyMistakes, inMistakeBook, mistakeIds, type MistakeState } from './mistakes';
import { undoneIds, withoutUndone } from './undo';

const T0 = 1_767_000_000_000;
let n = 0;
const answer = (questionId: string, correct: boolean, at: number, selected = [0]): HistoryEvent => ({
  v: 2,
  id: `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`,
  kind: 'answer',
  questionId,
  bankId: 'b',
  response: { kind: 'choice', selected },
  correct,
  at,
  elapsedMs: 1000,
  mode: 'practice',
  sessionId: 's',
});
const fold = (events: HistoryEvent[]): MistakeState => {
  const s = emptyMistakes();
  for (const e of events) applyMistake(s, e);
  return s;
};

describe('错题本 fold', () => {
  it('a wrong answer enters with its count, latest wrong choice, bank and time', () => {
    const s = fold([answer('q1', false, T0, [1]), answer('q1', false, T0 + 10, [2])]);
    expect(s.get('q1')).toEqual({ bankId: 'b', missed: 2, lastWrongAt: T0 + 10, lastWrong: { kind: 'choice', selected: [2] }, rightSince: 0 });
    expect(inMistakeBook(s.get('q1'), undefined, 2)).toBe(true);
  });

  it('right answers alone never enter', () => {
    expect(fold([answer('q1', true, T0)]).size).toBe(0);
  });

  it('leaves after N right answers in a row; a wrong one in between starts the run again', () => {
    const events = [answer('q1', false, T0), answer('q1', true, T0 + 1), answer('q1', false, T0 + 2), answer('q1', true, T0 + 3)];
    const s = fold(events);
    expect(inMistakeBook(s.get('q1'), undefined, 2)).toBe(true);
    applyMistake(s, answer('q1', true, T0 + 4));
    expect(inMistakeBook(s.get('q1'), undefined, 2)).toBe(false);
    expect(inMistakeBook(s.get('q1'), undefined, 3)).toBe(true);
    expect(s.get('q1')?.missed).toBe(2);
  });

  it('removed by hand leaves; a later wrong answer puts it back', () => {
    const s = fold([answer('q1', false, T0)]);
    expect(mistakeIds(s, { q1: T0 + 5 }, 2)).toEqual(new Set());
    applyMistake(s, answer('q1', false, T0 + 9));
    expect(mistakeIds(s, { q1: T0 + 5 }, 2)).toEqual(new Set(['q1']));
  });

  it('an answer older than the latest wrong one counts but moves nothing else', () => {
    const s = fold([answer('q1', false, T0 + 100, [1]), answer('q1', false, T0, [2]), answer('q1', true, T0 + 50)]);
    expect(s.get('q1')).toMatchObject({ missed: 2, lastWrongAt: T0 + 100, lastWrong: { selected: [1] }, rightSince: 0 });
  });

  it('skips undone answers: an undone mis-click leaves no trace', () => {
    const wrong = answer('q1', false, T0);
    const events = withoutUndone([wrong], undoneIds([{ v: 2, id: '10000000-0000-4000-8000-000000000000', kind: 'undo', target: wrong.id, at: T0 + 1 }]));
    expect(fold(events).size).toBe(0);
  });
});

describe('the mistakesExitStreak setting', () => {
  it('defaults to 2 and takes 1–5 only', () => {
    expect(defaultSettings('zh-CN').mistakesExitStreak).toBe(2);
    expect(settingsPatchSchema.safeParse({ mistakesExitStreak: 1 }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ mistakesExitStreak: 5 }).success).toBe(true);
    for (const bad of [0, 6, 2.5]) expect(settingsPatchSchema.safeParse({ mistakesExitStreak: bad }).success).toBe(false);
  });
});
