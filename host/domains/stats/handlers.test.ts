import { describe, expect, it } from 'vitest';
import { answerArg, call, hostDirs, openTestHost } from '../../test-support/host';

const beijing = () => 8 * 60;
/** 2026-12-04 23:59 in Beijing. */
const LATE = Date.UTC(2026, 11, 4, 15, 59);

describe('stats.overview', () => {
  it('reports the answers per local day, the streak, accuracy, coverage and the most-missed article', async () => {
    let now = LATE;
    const dirs = hostDirs();
    const host = openTestHost(dirs, { now: () => now, offsetOf: beijing });
    await call(host, 'practice.answer', answerArg('small-judge', { kind: 'judge', value: false }));
    now = LATE + 2 * 60_000; // 00:01 the next local day
    await call(host, 'practice.answer', answerArg('small-judge', { kind: 'judge', value: true }));
    await call(host, 'practice.answer', answerArg('small-single', { kind: 'choice', selected: [1] }));

    const s = await call(host, 'stats.overview', {});
    expect(s.today).toBe('2026-12-05');
    expect(s.streak).toBe(2);
    const last = s.heatmap.at(-1)!;
    expect(last.at(-2)).toEqual({ day: '2026-12-04', answered: 1, correct: 0 });
    expect(last.at(-1)).toEqual({ day: '2026-12-05', answered: 2, correct: 2 });
    expect(s.weeks.at(-1)).toEqual({ weekStart: '2026-11-30', answered: 3, correct: 2 });
    expect(s.banks).toEqual([
      expect.objectContaining({ id: 'small', total: 5, seen: 2, mastered: 0, attempts: 3, correct: 2, chapters: [expect.objectContaining({ id: 'ch1', seen: 2 })] }),
    ]);
    expect(s.missed).toEqual([{ bankId: 'small', law: 'apl', lawTitle: 'Administrative Penalty Law', article: 3, wrong: 1, questions: 1 }]);
  });

  it('is the same after a restart: everything comes from the answer log', async () => {
    const dirs = hostDirs();
    const first = openTestHost(dirs, { now: () => LATE, offsetOf: beijing });
    await call(first, 'practice.answer', answerArg('small-judge', { kind: 'judge', value: true }));
    const before = await call(first, 'stats.overview', {});
    const again = openTestHost(dirs, { now: () => LATE, offsetOf: beijing });
    expect(await call(again, 'stats.overview', {})).toEqual(before);
    expect(before.streak).toBe(1);
  });

  it('refuses arguments it does not know', async () => {
    const host = openTestHost(hostDirs());
    const envelope = await host.dispatch('stats.overview', { bankId: 'small' });
    expect(envelope.ok).toBe(false);
  });
});
