import zh from '../../renderer/src/i18n/locales/zh-CN.json' with { type: 'json' };
import en from '../../renderer/src/i18n/locales/en.json' with { type: 'json' };

export const locales = { 'zh-CN': zh, en };
export type UiText = typeof zh;

/** Fills {{name}} placeholders the way i18next does, for matching visible text. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
}
