import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '@core/bank/schema';
import { optionOrder } from '@core/practice/shuffle';
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
    await this.root.and(this.page.locator('[data-question-id]')).waitFor();
    return (await this.root.getAttribute('data-question-id')) ?? '';
  }

  async question(): Promise<Question> {
    return questionById(this.banksDir, await this.questionId());
  }

  /** Picks the right (or a wrong) answer for whatever question is showing, by its option text. */
  async choose(right: boolean) {
    const q = await this.question();
    for (const t of answerTexts(q, right, { yes: this.text.practice.judgeTrue, no: this.text.practice.judgeFalse })) {
      await this.page.locator('label.option').filter({ has: this.page.getByText(t, { exact: true }) }).click();
    }
    return q;
  }

  /** Presses the letter keys for the given options (bank order) of the showing choice question. */
  async pressOptions(q: Question, originals: number[]) {
    if (q.type === 'judge') throw new Error('not a choice question');
    const order = optionOrder(q.id, q.options.length);
    for (const o of originals) await this.page.keyboard.press('ABCDEFGH'[order.indexOf(o)]!);
  }

  get primary(): Locator {
    return this.page.locator('.practice-actions .button-main');
  }

  async submit() {
    await this.page.getByRole('button', { name: this.text.practice.submit }).click();
  }

  get feedback(): Locator {
    return this.page.locator('.feedback');
  }

  /** Submits and waits until the answer is confirmed saved; returns its event id. */
  async submitAndConfirm(): Promise<string> {
    await this.submit();
    await expect(this.feedback).toHaveAttribute('data-saved', 'true');
    return (await this.feedback.getAttribute('data-event-id')) ?? '';
  }

  get position(): Locator {
    return this.page.locator('.practice-position');
  }

  async next() {
    const id = await this.questionId();
    await this.page.getByRole('button', { name: this.text.practice.next, exact: true }).click();
    await expect(this.root).not.toHaveAttribute('data-question-id', id);
  }

  /** Enter on an answered question: goes on, and waits until the next question shows. */
  async enterNext() {
    const id = await this.questionId();
    await this.page.keyboard.press('Enter');
    await expect(this.root).not.toHaveAttribute('data-question-id', id);
  }

  /** Moves with → until the showing question satisfies `want`. */
  async seek(want: (q: Question) => boolean, limit = 60): Promise<Question> {
    for (let i = 0; i < limit; i++) {
      const q = await this.question();
      if (want(q)) return q;
      await this.page.keyboard.press('ArrowRight');
      await expect(this.root).not.toHaveAttribute('data-question-id', q.id);
    }
    throw new Error('no such question nearby');
  }
}
