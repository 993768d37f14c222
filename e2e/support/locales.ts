import zh from '@core/locales/zh-CN.json' with { type: 'json' };
import en from '@core/locales/en.json' with { type: 'json' };

type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };
/** The shape both locales share (English plural keys aside), for page objects that take either. */
export type UiText = Leaves<typeof zh>;

export const locales: Record<'zh-CN' | 'en', UiText> = { 'zh-CN': zh, en: en as unknown as UiText };
export const enText = en;

/** Fills {{name}} placeholders the way i18next does, for matching visible text. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
}
