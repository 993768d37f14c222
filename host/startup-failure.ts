import { languageForLocale } from '@core/settings/settings';
import zh from '@core/locales/zh-CN.json' with { type: 'json' };
import en from '@core/locales/en.json' with { type: 'json' };

/**
 * What to tell the user when the data folder cannot be opened. Both shells show it before
 * any window or settings exist, so the language comes from the system locale.
 */
export function startupFailure(systemLocale: string | undefined, dataDir: string, error: unknown): { title: string; message: string } {
  const text = languageForLocale(systemLocale) === 'en' ? en.startup : zh.startup;
  const detail = error instanceof Error ? error.message : String(error);
  return { title: text.title, message: text.dataFolder.replace('{{dir}}', dataDir).replace('{{detail}}', detail) };
}
