import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { answerArg, call, hostDirs, openTestHost } from '../../test-support/host';

describe('app and settings handlers', () => {
  it('app.bootstrap returns defaults from the system locale, first run, and no notices', async () => {
    const host = openTestHost(hostDirs());
    expect(await call(host, 'app.bootstrap', {})).toEqual({
      settings: expect.objectContaining({ language: 'en', fontSize: 'normal', theme: 'system', mistakesExitStreak: 2 }),
      firstRun: true,
      readOnly: false,
      notices: [],
    });
  });

  it('settings.update merges, persists across a re-open, ends the first run and tells the shell', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    const changed = vi.fn();
    host.ctx.onSettingsChanged = changed;
    const next = await call(host, 'settings.update', { theme: 'dark', fontSize: 'large' });
    expect(next).toEqual({ result: expect.objectContaining({ language: 'en', fontSize: 'large', theme: 'dark' }), changes: { settings: next.result } });
    expect(changed).toHaveBeenCalledWith(next.result);
    expect(await call(openTestHost(dirs), 'app.bootstrap', {})).toMatchObject({ settings: next.result, firstRun: false });
  });

  it('settings.update refuses an unknown value or key without saving', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    expect(await host.dispatch('settings.update', { theme: 'neon' })).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    expect(await host.dispatch('settings.update', { volume: 3 })).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    expect((await call(openTestHost(dirs), 'app.bootstrap', {})).settings.theme).toBe('system');
  });

  it('a settings save that fails is store.write-failed, not internal, and changes nothing', async () => {
    const host = openTestHost(hostDirs());
    host.ctx.settings.set = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    const changed = vi.fn();
    host.ctx.onSettingsChanged = changed;
    expect(await host.dispatch('settings.update', { theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'store.write-failed' } });
    expect(changed).not.toHaveBeenCalled();
  });

  it('reports a quarantined settings file as a notice that can be dismissed', async () => {
    const dirs = hostDirs();
    fs.mkdirSync(dirs.dataDir, { recursive: true });
    fs.writeFileSync(path.join(dirs.dataDir, 'settings.json'), 'garbage');
    const host = openTestHost(dirs);
    const { notices } = await call(host, 'app.bootstrap', {});
    const file = path.join(dirs.dataDir, 'settings.damaged-2026-01-02T03-04-05-000Z.json');
    expect(notices).toEqual([{ id: `store.quarantined:${path.basename(file)}`, code: 'store.quarantined', params: { file } }]);
    expect(await call(host, 'notices.dismiss', { id: notices[0]!.id })).toEqual({ result: [], changes: { notices: [] } });
    expect((await call(host, 'app.bootstrap', {})).notices).toEqual([]);
  });

  it('reports damaged history lines once, not at every launch', async () => {
    const dirs = hostDirs();
    fs.mkdirSync(path.join(dirs.dataDir, 'history'), { recursive: true });
    fs.writeFileSync(path.join(dirs.dataDir, 'history', 'attempts-2026-01.jsonl'), 'junk\n{"torn":');
    expect((await call(openTestHost(dirs), 'app.bootstrap', {})).notices).toEqual([{ id: 'history.skipped-lines', code: 'history.skipped-lines', params: { count: 2 } }]);
    expect((await call(openTestHost(dirs), 'app.bootstrap', {})).notices).toEqual([]);
  });

  it('tells a read-only data folder at start, before any answer', async () => {
    const dirs = hostDirs();
    const { notices, readOnly } = await call(openTestHost(dirs, { writable: () => false }), 'app.bootstrap', {});
    expect(readOnly).toBe(true);
    expect(notices).toEqual([{ id: 'data.read-only', code: 'data.read-only', params: { dir: dirs.dataDir } }]);
  });

  it('removes temp files a killed process left behind, and leaves young ones and others alone', async () => {
    const dirs = hostDirs();
    fs.mkdirSync(dirs.dataDir, { recursive: true });
    const old = path.join(dirs.dataDir, 'progress.json.tmp-1767000000abc123');
    const young = path.join(dirs.dataDir, 'settings.json.tmp-1767000001abc124');
    const other = path.join(dirs.dataDir, 'notes.tmp-1');
    for (const f of [old, young, other]) fs.writeFileSync(f, '{}');
    const hourAgo = new Date(Date.now() - 3600_000);
    fs.utimesSync(old, hourAgo, hourAgo);
    openTestHost(dirs, { now: Date.now });
    expect([fs.existsSync(old), fs.existsSync(young), fs.existsSync(other)]).toEqual([false, true, true]);
  });

  it('counts today by the learner’s local day', async () => {
    const dirs = hostDirs();
    // 2026-01-02 03:04 UTC is 11:04 in Beijing; an answer then counts for the Beijing day.
    const host = openTestHost(dirs, { offsetOf: () => 480 });
    await call(host, 'practice.answer', answerArg('small-judge', { kind: 'judge', value: true }));
    expect((await call(host, 'banks.list', {})).today).toEqual({ answered: 1, correct: 1 });
    const nextDay = openTestHost(dirs, { offsetOf: () => 480, now: () => Date.UTC(2026, 0, 2, 16, 30) }); // 00:30 on the 3rd in Beijing
    expect((await call(nextDay, 'banks.list', {})).today).toEqual({ answered: 0, correct: 0 });
  });
});
