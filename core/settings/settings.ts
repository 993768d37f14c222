import { z } from 'zod';
import { FONT_SIZES, LANGUAGES, THEMES, languageForLocale, type Settings } from './options';

export * from './options';

const fields = { language: z.enum(LANGUAGES), fontSize: z.enum(FONT_SIZES), theme: z.enum(THEMES) };
export const settingsSchema: z.ZodType<Settings> = z.object(fields);
export const settingsPatchSchema = z.object(fields).partial().strict();


export function defaultSettings(systemLocale: string | undefined): Settings {
  return { language: languageForLocale(systemLocale), fontSize: 'normal', theme: 'system' };
}
