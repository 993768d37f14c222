import type { Locator, Page } from '@playwright/test';
import { answerTexts, questionById } from '../support/bank-key';
import { locales, type UiText } from '../support/locales';

export class PracticePage {
  constructor(
    readonly page: Page,
    readonly banksDir: string,
    readonly text: UiText = locales['zh-CN'],
  ) {}

  get root(): Locator {
    return this.page.locator('.practice');
  }

  async questionId(): Promise<string> {
    return (await this.root.getAttribute('data-question-id')) ?? '';
  }

  option(text: string): Locator {
    return this.page.locator('label.option', { hasText: text });
  }

  /** Picks the right (or a wrong) answer for whatever question is showing, by its option text. */
  async choose(right: boolean) {
    const q = questionById(this.banksDir, await this.questionId());
    for (const t of answerTexts(q, right, { yes: this.text.practice.judgeTrue, no: this.text.practice.judgeFalse })) {
      await this.page.locator('label.option').filter({ has: this.page.getByText(t, { exact: true }) }).click();
    }
    return q;
  }

  async submit() {
    await this.page.getByRole('button', { name: this.text.practice.submit }).click();
  }

  get feedback(): Locator {
    return this.page.locator('.feedback');
  }

  get position(): Locator {
    return this.page.locator('.practice-position');
  }

  async next() {
    await this.page.getByRole('button', { name: this.text.practice.next, exact: true }).click();
  }
}
