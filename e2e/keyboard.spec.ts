import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { PracticePage } from './pages/practice-page';
import { startWebApp } from './support/web-app';

test('a whole question by keyboard: letter keys pick, Enter submits and goes on, arrows move', async ({ page }) => {
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise('constitution');
  const practice = new PracticePage(page, app.banksDir);

  const q = await practice.seek((x) => x.type !== 'judge');
  if (q.type === 'judge') throw new Error('unreachable');
  await practice.pressOptions(q, q.answer);
  await page.keyboard.press('Enter');
  await expect(practice.feedback).toHaveAttribute('data-correct', 'true');
  await page.keyboard.press('Enter');
  await expect(practice.root).not.toHaveAttribute('data-question-id', q.id);
  await page.keyboard.press('ArrowLeft');
  await expect(practice.root).toHaveAttribute('data-question-id', q.id);
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
  const q = await practice.seek((x) => x.type === 'judge');
  if (q.type !== 'judge') throw new Error('unreachable');
  await page.keyboard.press(q.answer ? 'F' : 'T');
  await page.keyboard.press('Enter');
  await expect(practice.feedback).toHaveAttribute('data-correct', 'false');
  await app.stop();
});

test('Enter after clicking Skip with the mouse submits the next question, it does not skip it', async ({ page }) => {
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise('administrative-penalty-law');
  const practice = new PracticePage(page, app.banksDir);
  const first = await practice.questionId();
  await page.getByRole('button', { name: practice.text.practice.skip }).click();
  await expect(practice.root).not.toHaveAttribute('data-question-id', first);
  const second = await practice.question();
  if (second.type === 'judge') await page.keyboard.press(second.answer ? 'T' : 'F');
  else await practice.pressOptions(second, second.answer);
  await page.keyboard.press('Enter');
  await expect(practice.root).toHaveAttribute('data-question-id', second.id);
  await expect(practice.feedback).toHaveAttribute('data-correct', 'true');
  await app.stop();
});

test('every new question starts at the top, with its stem in view', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.goToSettings();
  await page.getByRole('radio', { name: '特大' }).check();
  await home.goHome();
  await home.practise('administrative-penalty-law');
  const practice = new PracticePage(page, app.banksDir);
  await practice.choose(false);
  await practice.submitAndConfirm();
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('.stem')).toBeInViewport();
  await app.stop();
});
