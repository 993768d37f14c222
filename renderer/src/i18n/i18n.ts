import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from '@core/locales/zh-CN.json';
import en from '@core/locales/en.json';

export const resources = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)['zh-CN'];
  }
}

void i18n.use(initReactI18next).init({
  resources,
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

export default i18n;
