/** Setting choices, free of the schema library so the renderer bundle stays small. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export const FONT_SIZES = ['normal', 'large', 'x-large'] as const;
export const THEMES = ['light', 'dark', 'system'] as const;

export type Language = (typeof LANGUAGES)[number];
export type FontSize = (typeof FONT_SIZES)[number];
export type Theme = (typeof THEMES)[number];

export interface Settings {
  language: Language;
  fontSize: FontSize;
  theme: Theme;
  /** Right answers in a row that take a question out of the 错题本 (1–5). */
  mistakesExitStreak: number;
  /** 今日复习: most answered questions reviewed a day. */
  reviewDailyLimit: number;
  /** 今日复习: most unseen questions introduced a day. */
  reviewNewLimit: number;
  /** 考试计划: the exam day (YYYY-MM-DD, local), or null when none is set. */
  examDate: string | null;
}
export const MISTAKES_EXIT_STREAK = { min: 1, max: 5, default: 2 } as const;
export const REVIEW_DAILY_LIMIT = { min: 1, max: 1000, default: 100 } as const;
export const REVIEW_NEW_LIMIT = { min: 0, max: 500, default: 20 } as const;
export type SettingsPatch = Partial<Settings>;

/** zh-CN is the default; English only when the person's system or browser clearly asks for it. */
export function languageForLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
