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
}
export type SettingsPatch = Partial<Settings>;

/** zh-CN is the default; English only when the person's system or browser clearly asks for it. */
export function languageForLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
