import type { Page } from '@playwright/test';
import type { UiText } from '../support/locales';

export class SettingsPage {
  constructor(readonly page: Page) {}

  /** Chooses a radio by its group and visible label (labels come from the locale in force). */
  async choose(group: string, label: string) {
    await this.page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: label, exact: true }).check();
  }

  async setLanguage(current: UiText, to: 'zh-CN' | 'en') {
    await this.choose(current.settings.language, current.settings.languages[to]);
  }

  async setFontSize(current: UiText, to: 'normal' | 'large' | 'x-large') {
    await this.choose(current.settings.fontSize, current.settings.fontSizes[to]);
  }
}
