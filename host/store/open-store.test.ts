import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openConf, openStoreSafely } from './open-store';
import { defaultSettings, settingsSchema, type Settings } from '@core/settings/settings';
import { fixedClock, tempDir } from '../test-support/temp';

type SettingsFile = { settings: Settings };
const QUARANTINE = 'settings.damaged-2026-01-02T03-04-05-000Z.json';

function open(dir: string) {
  return openStoreSafely<SettingsFile>(
    openConf,
    { cwd: dir, configName: 'settings', defaults: { settings: defaultSettings('en-US') }, schema: z.object({ settings: settingsSchema }) },
    fixedClock,
  );
}

function withFile(content: string): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'settings.json'), content);
  return dir;
}

describe('openStoreSafely', () => {
  it('opens a fresh folder with the defaults and quarantines nothing', () => {
    const dir = tempDir();
    const { store, quarantinedTo } = open(dir);
    expect(quarantinedTo).toBeUndefined();
    expect(store.get('settings')).toEqual(defaultSettings('en-US'));
    expect(fs.readdirSync(dir).filter((f) => f.includes('damaged'))).toEqual([]);
  });

  it('reads back a valid file as it is', () => {
    const saved: SettingsFile = { settings: { ...defaultSettings('zh-CN'), fontSize: 'x-large', theme: 'dark' } };
    const dir = withFile(JSON.stringify(saved));
    const { store, quarantinedTo } = open(dir);
    expect(quarantinedTo).toBeUndefined();
    expect(store.get('settings')).toEqual(saved.settings);
  });

  it('moves a file that is not JSON aside, bytes intact, and starts from defaults', () => {
    const garbage = '{"settings": {"language": "en", \u0000\u0000 torn';
    const dir = withFile(garbage);
    const { store, quarantinedTo } = open(dir);
    expect(quarantinedTo).toBe(path.join(dir, QUARANTINE));
    expect(fs.readFileSync(path.join(dir, QUARANTINE), 'utf8')).toBe(garbage);
    expect(store.get('settings')).toEqual(defaultSettings('en-US'));
    // The new store works and writes a new, valid file in the old place.
    store.set('settings', { ...defaultSettings('en-US'), theme: 'dark' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toMatchObject({ settings: { theme: 'dark' } });
  });

  it('moves an empty file (crash during write) aside', () => {
    const dir = withFile('');
    expect(open(dir).quarantinedTo).toBe(path.join(dir, QUARANTINE));
    expect(fs.readFileSync(path.join(dir, QUARANTINE), 'utf8')).toBe('');
  });

  it.each([
    ['an unknown language', '{"settings":{"language":"fr","fontSize":"normal","theme":"system"}}'],
    ['a wrong value type', '{\n  "settings": "en"\n}\n'],
  ])('quarantines valid JSON with %s, keeping the original bytes', (_, content) => {
    const dir = withFile(content);
    const { store, quarantinedTo } = open(dir);
    expect(quarantinedTo).toBe(path.join(dir, QUARANTINE));
    expect(fs.readFileSync(path.join(dir, QUARANTINE), 'utf8')).toBe(content);
    expect(store.get('settings')).toEqual(defaultSettings('en-US'));
  });

  it('fills a field an older version did not have from the defaults instead of quarantining', () => {
    const dir = withFile('{"settings":{"language":"zh-CN","fontSize":"large"}}');
    const { store, quarantinedTo } = open(dir);
    expect(quarantinedTo).toBeUndefined();
    expect(store.get('settings')).toEqual({ ...defaultSettings('zh-CN'), fontSize: 'large' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).settings.theme).toBe('system');
  });

  // conf alone would replace a top-level non-object with the defaults without a word.
  it.each(['[]', 'null', '42'])('quarantines the valid JSON non-object %s', (content) => {
    const dir = withFile(content);
    expect(open(dir).quarantinedTo).toBe(path.join(dir, QUARANTINE));
  });
});
