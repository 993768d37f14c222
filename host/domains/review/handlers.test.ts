import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scope } from '@core/scope/scope';
import { answerArg, call, hostDirs, openTestHost } from '../../test-support/host';
import { FIXED_NOW } from '../../test-support/temp';

const DAY = 86_400_000;
const due: Scope = { kind: 'due' };
const judge = (value: boolean) => ({ kind: 'judge' as const, value });
const at = (t: number) => () => t;
// small-judge's key is true; small-single's is option 1.
const ALL = ['small-single', 'small-multiple', 'small-judge', 'small-case-a', 'small-case-b'];

describe('今日复习 (review.summary and the due scope)', () => {
  it('a question answered wrong today is in the due queue after a restart two days later, first', async () => {
    const dirs = hostDirs();
    const today = openTestHost(dirs);
    await call(today, 'practice.answer', answerArg('small-judge', judge(false)));
    await call(today, 'practice.answer', answerArg('small-single', { kind: 'choice', selected: [1] }));
    today.close();

    const later = openTestHost(dirs, { now: at(FIXED_NOW + 2 * DAY) });
    const summary = await call(later, 'review.summary', {});
    expect(summary).toMatchObject({ dueTotal: 1, unseen: 3, wrong: 1, plan: null });
    const session = await call(later, 'practice.open', { scope: due });
    expect(session.items.map((i) => i.id)).toEqual(['small-judge', 'small-multiple', 'small-case-a', 'small-case-b']);
    expect(summary.queue).toBe(session.items.length);

    // Answered in the due scope: mode 'review', and it leaves today's due reviews once learnt.
    await call(later, 'practice.answer', answerArg('small-judge', judge(true), { scope: due, bankId: 'small', elapsedMs: 20_000 }));
    const lines = fs
      .readdirSync(path.join(dirs.dataDir, 'history'))
      .flatMap((f) => fs.readFileSync(path.join(dirs.dataDir, 'history', f), 'utf8').split('\n').filter(Boolean));
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ questionId: 'small-judge', mode: 'review', at: FIXED_NOW + 2 * DAY });
    later.close();
  });

  it('the new-question limit and the daily limit come from the settings', async () => {
    const host = openTestHost(hostDirs());
    await call(host, 'settings.update', { reviewNewLimit: 2 });
    expect((await call(host, 'practice.open', { scope: due })).items.map((i) => i.id)).toEqual(ALL.slice(0, 2));
    await call(host, 'practice.answer', answerArg('small-single', { kind: 'choice', selected: [0] }));
    // One new question met today: one new slot is left, and the wrong one is due again today.
    expect((await call(host, 'practice.open', { scope: due })).items.map((i) => i.id)).toEqual(['small-single', 'small-multiple']);
    await call(host, 'settings.update', { reviewNewLimit: 0 });
    expect((await call(host, 'practice.open', { scope: due })).items.map((i) => i.id)).toEqual(['small-single']);
  });

  it('a due scope of an unknown bank is an error', async () => {
    const host = openTestHost(hostDirs());
    const envelope = await host.dispatch('practice.open', { scope: { kind: 'due', bankId: 'nope' } });
    expect(envelope.ok || envelope.error.code).toBe('bank.not-found');
  });
});

describe('考试计划 (exam date)', () => {
  it('a date in the past is refused with a clear code and changes nothing', async () => {
    const host = openTestHost(hostDirs());
    await call(host, 'settings.update', { examDate: '2026-01-20' });
    const envelope = await host.dispatch('settings.update', { examDate: '2026-01-01' });
    expect(envelope.ok || envelope.error.code).toBe('settings.exam-date-past');
    expect(host.ctx.settings.get('settings').examDate).toBe('2026-01-20');
    const bad = await host.dispatch('settings.update', { examDate: '2026-13-01' });
    expect(bad.ok || bad.error.code).toBe('ipc.bad-request');
  });

  it('the plan shows the days left and a daily target covering the unseen in time', async () => {
    const host = openTestHost(hostDirs());
    // FIXED_NOW is 2026-01-02 (UTC days in tests): two days to the 4th.
    await call(host, 'settings.update', { examDate: '2026-01-04' });
    expect((await call(host, 'review.summary', {})).plan).toEqual({ examDate: '2026-01-04', daysLeft: 2, dailyTarget: 3 });
    await call(host, 'settings.update', { examDate: null });
    expect((await call(host, 'review.summary', {})).plan).toBeNull();
  });

  it('an exam date that has passed since it was set is reported as passed', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    await call(host, 'settings.update', { examDate: '2026-01-03' });
    host.close();
    const later = openTestHost(dirs, { now: at(FIXED_NOW + 3 * DAY) });
    expect((await call(later, 'review.summary', {})).plan).toMatchObject({ daysLeft: -2, dailyTarget: 0 });
  });
});
