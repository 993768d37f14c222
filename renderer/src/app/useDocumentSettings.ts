import { useEffect } from 'react';
import type { Settings } from '@core/settings/options';
import i18n from '../i18n/i18n';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Reflects settings on <html>: language (for screen readers and fonts), text size and theme. */
export function useDocumentSettings(settings: Settings) {
  useEffect(() => {
    const html = document.documentElement;
    html.lang = settings.language;
    html.dataset.fontSize = settings.fontSize;
    void i18n.changeLanguage(settings.language);
    document.title = i18n.t('app.windowTitle');
  }, [settings.language, settings.fontSize]);

  useEffect(() => {
    const html = document.documentElement;
    if (settings.theme !== 'system') {
      html.dataset.theme = settings.theme;
      return;
    }
    const query = darkQuery();
    const apply = () => (html.dataset.theme = query.matches ? 'dark' : 'light');
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [settings.theme]);
}
