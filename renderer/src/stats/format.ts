import { useTranslation } from 'react-i18next';

/** Whole per cent, or null when nothing was answered (no accuracy, not 0 %). */
export const percent = (correct: number, of: number): number | null => (of > 0 ? Math.round((correct / of) * 100) : null);

/** Formats local-day keys (YYYY-MM-DD) and per cents in the screen's language. */
export function useStatsFormat() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // The key is already a local day: format it as a UTC date so no zone moves it.
  const date = (day: string, opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { ...opts, timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));
  return {
    month: (day: string) => date(day, { month: 'short' }),
    shortDay: (day: string) => date(day, { month: 'numeric', day: 'numeric' }),
    longDay: (day: string) => date(day, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }),
    pct: (p: number | null) => (p === null ? t('stats.none') : t('stats.percent', { p })),
  };
}
