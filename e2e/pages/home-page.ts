import type { Locator, Page } from '@playwright/test';
import { locales, type UiText } from '../support/locales';

export class HomePage {
  constructor(
    readonly page: Page,
    readonly text: UiText = locales['zh-CN'],
  ) {}

  async open(url: string) {
    await this.page.goto(url);
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.text.home.title });
  }

  card(bankId: string): Locator {
    return this.page.locator(`[data-bank="${bankId}"]`);
  }

  progress(bankId: string): Locator {
    return this.card(bankId).getByTestId('bank-progress');
  }

  practiseButton(bankId: string): Locator {
    return this.card(bankId).locator('[data-action="practise"]');
  }

  async practise(bankId: string) {
    await this.practiseButton(bankId).click();
    await this.page.locator('.practice').waitFor();
  }

  chapterButton(bankId: string, chapterId: string): Locator {
    return this.card(bankId).locator(`[data-chapter="${bankId}/${chapterId}"]`);
  }

  async openChapters(bankId: string) {
    await this.card(bankId).getByText(this.text.home.byChapter).click();
  }

  get problems(): Locator {
    return this.page.locator('.bank-problems');
  }

  async goToSettings() {
    await this.page.getByRole('navigation').getByRole('link', { name: this.text.nav.settings }).click();
  }

  async goHome() {
    await this.page.getByRole('navigation').getByRole('link', { name: this.text.nav.home }).click();
    await this.heading.waitFor();
  }
}
