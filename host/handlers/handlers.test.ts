import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { call, hostDirs, openTestHost } from '../test-support/host';
import { FIXED_NOW } from '../test-support/temp';

const bankId = 'small';
const pick = (...selected: number[]) => ({ kind: 'choice' as const, selected });

describe('app and settings handlers', () => {
  it('app.bootstrap returns defaults from the system locale and no notices', async () => {
    const host = openTestHost(hostDirs());
    expect(await call(host, 'app.bootstrap', {})).toEqual({ settings: { language: 'en', fontSize: 'normal', theme: 'system' }, notices: [] });
  });

  it('settings.update merges, persists across a re-open and tells the shell', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    const changed = vi.fn();
    host.ctx.onSettingsChanged = changed;
    const next = await call(host, 'settings.update', { theme: 'dark', fontSize: 'large' });
    expect(next).toEqual({ language: 'en', fontSize: 'large', theme: 'dark' });
    expect(changed).toHaveBeenCalledWith(next);
    expect((await call(openTestHost(dirs), 'app.bootstrap', {})).settings).toEqual(next);
  });

  it('settings.update refuses an unknown value or key without saving', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    expect(await host.dispatch('settings.update', { theme: 'neon' })).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    expect(await host.dispatch('settings.update', { volume: 3 })).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    expect((await call(openTestHost(dirs), 'app.bootstrap', {})).settings.theme).toBe('system');
  });

  it('reports a quarantined settings file as a notice that can be dismissed', async () => {
    const dirs = hostDirs();
    fs.mkdirSync(dirs.dataDir, { recursive: true });
    fs.writeFileSync(path.join(dirs.dataDir, 'settings.json'), 'garbage');
    const host = openTestHost(dirs);
    const { notices } = await call(host, 'app.bootstrap', {});
    const file = path.join(dirs.dataDir, 'settings.damaged-2026-01-02T03-04-05-000Z.json');
    expect(notices).toEqual([{ id: `store.quarantined:${path.basename(file)}`, code: 'store.quarantined', params: { file } }]);
    expect(await call(host, 'notices.dismiss', { id: notices[0]!.id })).toEqual([]);
    expect((await call(host, 'app.bootstrap', {})).notices).toEqual([]);
  });

  it('reports unreadable history lines as a notice', async () => {
    const dirs = hostDirs();
    fs.mkdirSync(path.join(dirs.dataDir, 'history'), { recursive: true });
    fs.writeFileSync(path.join(dirs.dataDir, 'history', 'attempts-2026-01.jsonl'), 'junk\n{"torn":');
    const { notices } = await call(openTestHost(dirs), 'app.bootstrap', {});
    expect(notices).toEqual([{ id: 'history.skipped-lines', code: 'history.skipped-lines', params: { count: 2 } }]);
  });
});

describe('practice handlers', () => {
  it('practice.answer marks right and wrong answers and reports the changes', async () => {
    const host = openTestHost(hostDirs());
    const right = await call(host, 'practice.answer', { bankId, questionId: 'small-single', response: pick(1) });
    expect(right).toEqual({
      correct: true,
      correctResponse: pick(1),
      changes: { question: { attempts: 1, correct: 1, lastCorrect: true, lastAt: FIXED_NOW }, bank: { total: 5, answered: 1, mastered: 1 } },
    });
    const wrong = await call(host, 'practice.answer', { bankId, questionId: 'small-case-b', response: { kind: 'judge', value: true } });
    expect(wrong.correct).toBe(false);
    expect(wrong.correctResponse).toEqual({ kind: 'judge', value: false });
    expect(wrong.changes.bank).toEqual({ total: 5, answered: 2, mastered: 1 });
  });

  it('keeps progress and position across a re-open of the same data folder', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    await call(host, 'practice.answer', { bankId, questionId: 'small-multiple', response: pick(2, 0) });
    await call(host, 'practice.answer', { bankId, questionId: 'small-judge', response: { kind: 'judge', value: false } });
    expect(await call(host, 'practice.move', { bankId, position: 3 })).toEqual({ position: 3 });

    const again = openTestHost(dirs);
    const { banks, problems } = await call(again, 'banks.list', {});
    expect(problems).toEqual([]);
    expect(banks).toEqual([expect.objectContaining({ id: bankId, progress: { total: 5, answered: 2, mastered: 1 }, position: 3 })]);
    const opened = await call(again, 'banks.open', { bankId });
    expect(opened.items).toHaveLength(5);
    expect(Object.keys(opened.progress).sort()).toEqual(['small-judge', 'small-multiple']);
  });

  it('practice.move clamps a position past the end', async () => {
    const host = openTestHost(hostDirs());
    expect(await call(host, 'practice.move', { bankId, position: 99 })).toEqual({ position: 4 });
  });

  it.each([
    ['an unknown bank', { bankId: 'nope', questionId: 'small-single', response: pick(1) }, 'bank.not-found'],
    ['an unknown question', { bankId, questionId: 'nope', response: pick(1) }, 'question.not-found'],
    ['two picks on a single choice', { bankId, questionId: 'small-single', response: pick(0, 1) }, 'ipc.bad-request'],
    ['an option that does not exist', { bankId, questionId: 'small-single', response: pick(7) }, 'ipc.bad-request'],
    ['a choice on a judge question', { bankId, questionId: 'small-judge', response: pick(0) }, 'ipc.bad-request'],
  ])('practice.answer refuses %s with %s and records nothing', async (_, arg, code) => {
    const host = openTestHost(hostDirs());
    expect(await host.dispatch('practice.answer', arg)).toMatchObject({ ok: false, error: { code } });
    expect(host.ctx.progress.size).toBe(0);
    expect(host.ctx.attempts.readAll().attempts).toEqual([]);
  });

  it('answers store.write-failed when history cannot be written, and counts nothing', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    // The segment this answer goes to is a folder now, so the append fails.
    fs.mkdirSync(path.join(dirs.dataDir, 'history', 'attempts-2026-01.jsonl'));
    const result = await host.dispatch('practice.answer', { bankId, questionId: 'small-single', response: pick(1) });
    expect(result).toMatchObject({ ok: false, error: { code: 'store.write-failed' } });
    expect(host.ctx.progress.size).toBe(0);
    expect((await call(host, 'banks.list', {})).banks[0]?.progress.answered).toBe(0);
  });
});
