import { describe, expect, it } from 'vitest';
import { defaultSettings, languageForLocale, settingsPatchSchema, settingsSchema } from './settings';

describe('languageForLocale', () => {
  it.each([
    ['en-US', 'en'],
    ['en', 'en'],
    ['EN-gb', 'en'],
    ['zh-TW', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['fr', 'zh-CN'],
  ] as const)('%s → %s', (locale, language) => {
    expect(languageForLocale(locale)).toBe(language);
  });
});

describe('defaultSettings', () => {
  it('follows the system language, normal font, system theme', () => {
    expect(defaultSettings('en-US')).toMatchObject({ language: 'en', fontSize: 'normal', theme: 'system' });
    expect(defaultSettings(undefined)).toMatchObject({ language: 'zh-CN', fontSize: 'normal', theme: 'system' });
  });
});

describe('settings schemas', () => {
  it('a full settings object must have every field with a known value', () => {
    expect(settingsSchema.safeParse(defaultSettings('en')).success).toBe(true);
    expect(settingsSchema.safeParse({ language: 'en', fontSize: 'normal' }).success).toBe(false);
    expect(settingsSchema.safeParse({ language: 'fr', fontSize: 'normal', theme: 'system' }).success).toBe(false);
  });

  it('a patch may be partial but not carry unknown keys or values', () => {
    expect(settingsPatchSchema.safeParse({}).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ theme: 'dark' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ fontSize: 'huge' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ theme: 'dark', extra: 1 }).success).toBe(false);
  });
});

describe('review and exam-plan settings', () => {
  it('default to 100 reviews and 20 new questions a day, no exam date', () => {
    expect(defaultSettings('en')).toMatchObject({ reviewDailyLimit: 100, reviewNewLimit: 20, examDate: null });
  });

  it('take whole numbers within their ranges and real dates only', () => {
    for (const ok of [{ reviewDailyLimit: 1 }, { reviewDailyLimit: 1000 }, { reviewNewLimit: 0 }, { examDate: '2026-06-20' }, { examDate: null }])
      expect(settingsPatchSchema.safeParse(ok).success, JSON.stringify(ok)).toBe(true);
    for (const bad of [{ reviewDailyLimit: 0 }, { reviewDailyLimit: 1001 }, { reviewNewLimit: 2.5 }, { reviewNewLimit: -1 }, { examDate: '2026-02-30' }, { examDate: '' }])
      expect(settingsPatchSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
