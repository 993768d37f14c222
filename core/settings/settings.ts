import { z } from 'zod';
import { FONT_SIZES, LANGUAGES, THEMES, type Language, type Settings } from './options';

export * from './options';

const fields = { language: z.enum(LANGUAGES), fontSize: z.enum(FONT_SIZES), theme: z.enum(THEMES) };
export const settingsSchema: z.ZodType<Settings> = z.object(fields);
export const settingsPatchSchema = z.object(fields).partial().strict();

/** zh-CN is the default; English only when the system clearly asks for it. */
export function languageForLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function defaultSettings(systemLocale: string | undefined): Settings {
  return { language: languageForLocale(systemLocale), fontSize: 'normal', theme: 'system' };
}
