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
    expect(defaultSettings('en-US')).toEqual({ language: 'en', fontSize: 'normal', theme: 'system' });
    expect(defaultSettings(undefined)).toEqual({ language: 'zh-CN', fontSize: 'normal', theme: 'system' });
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
