import { z } from 'zod';
import { isIsoDate } from '../review/plan';
import { FONT_SIZES, LANGUAGES, MISTAKES_EXIT_STREAK, REVIEW_DAILY_LIMIT, REVIEW_NEW_LIMIT, THEMES, languageForLocale, type Settings } from './options';

export * from './options';

const fields = {
  language: z.enum(LANGUAGES),
  fontSize: z.enum(FONT_SIZES),
  theme: z.enum(THEMES),
  mistakesExitStreak: z.number().int().min(MISTAKES_EXIT_STREAK.min).max(MISTAKES_EXIT_STREAK.max),
  reviewDailyLimit: z.number().int().min(REVIEW_DAILY_LIMIT.min).max(REVIEW_DAILY_LIMIT.max),
  reviewNewLimit: z.number().int().min(REVIEW_NEW_LIMIT.min).max(REVIEW_NEW_LIMIT.max),
  /** A real calendar date; whether it is still ahead is the host's check (it knows today). */
  examDate: z.string().refine(isIsoDate, 'not a YYYY-MM-DD date').nullable(),
};
export const settingsSchema: z.ZodType<Settings> = z.object(fields);
export const settingsPatchSchema = z.object(fields).partial().strict();


export function defaultSettings(systemLocale: string | undefined): Settings {
  return {
    language: languageForLocale(systemLocale),
    fontSize: 'normal',
    theme: 'system',
    mistakesExitStreak: MISTAKES_EXIT_STREAK.default,
    reviewDailyLimit: REVIEW_DAILY_LIMIT.default,
    reviewNewLimit: REVIEW_NEW_LIMIT.default,
    examDate: null,
  };
}
