import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { PracticePage } from './pages/practice-page';
import { questionById } from './support/bank-key';
import { startWebApp } from './support/web-app';
import { optionOrder } from '../core/practice/shuffle';

/** Presses → until the showing question's type no longer matches. */
async function skipWhile(practice: PracticePage, page: Page, skip: (type: string) => boolean) {
  for (let i = 0; i < 40; i++) {
    const id = await practice.questionId();
    if (!skip(questionById(practice.banksDir, id).type)) return;
    await page.keyboard.press('ArrowRight');
    await expect(practice.root).not.toHaveAttribute('data-question-id', id);
  }
}

test('a whole question by keyboard: letter keys pick, Enter submits and goes on, arrows move', async ({ page }) => {
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise('constitution');
  const practice = new PracticePage(page, app.banksDir);

  // Walk forward with → until a choice question shows, then answer it by its letters.
  await skipWhile(practice, page, (type) => type === 'judge');
  const q = questionById(app.banksDir, await practice.questionId());
  if (q.type === 'judge') throw new Error('no choice question near the start of the bank');
  const order = optionOrder(q.id, q.options.length);
  for (const original of q.answer) await page.keyboard.press('ABCDEFGH'[order.indexOf(original)]!);
  await page.keyboard.press('Enter');
  await expect(practice.feedback).toHaveAttribute('data-correct', 'true');
  const before = await practice.questionId();
  await page.keyboard.press('Enter');
  await expect(practice.root).not.toHaveAttribute('data-question-id', before);
  await page.keyboard.press('ArrowLeft');
  await expect(practice.root).toHaveAttribute('data-question-id', before);
  // Back on an answered question the feedback is still there.
  await expect(practice.feedback).toHaveAttribute('data-correct', 'true');
  await app.stop();
});

test('true/false by T and F keys', async ({ page }) => {
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise('constitution');
  const practice = new PracticePage(page, app.banksDir);
  await skipWhile(practice, page, (type) => type !== 'judge');
  const q = questionById(app.banksDir, await practice.questionId());
  if (q.type !== 'judge') throw new Error('no judge question in the first 40');
  await page.keyboard.press(q.answer ? 'F' : 'T');
  await page.keyboard.press('Enter');
  await expect(practice.feedback).toHaveAttribute('data-correct', 'false');
  await app.stop();
});
