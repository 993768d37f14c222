import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { PracticePage } from './pages/practice-page';
import { fill, locales } from './support/locales';
import { tinyBanksDir } from './support/tiny-bank';
import { startWebApp } from './support/web-app';

const zh = locales['zh-CN'];

test('a multiple-choice answer partly right marks each option: right, missed, wrong', async ({ page }) => {
  const app = await startWebApp({ banksDir: tinyBanksDir() });
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise('tiny');
  const practice = new PracticePage(page, app.banksDir);
  await page.keyboard.press('ArrowRight');
  const q = await practice.question();
  expect(q.id).toBe('tiny-2');
  await page.locator('label.option', { hasText: '罚款' }).click(); // one of the two right answers only
  await practice.submitAndConfirm();
  await expect(practice.feedback).toHaveAttribute('data-verdict', 'partial');
  await expect(practice.feedback).toContainText(zh.practice.partial);
  await expect(page.locator('label.option[data-mark="correct"]')).toHaveText(new RegExp('罚款'));
  await expect(page.locator('label.option[data-mark="missed"]')).toHaveText(new RegExp('没收违法所得'));
  await page.locator('label.option', { hasText: '罚款' }).isDisabled();
  await app.stop();
});

test('a finished bank shows the round finished, with a new round and a review of wrong answers', async ({ page }) => {
  const app = await startWebApp({ banksDir: tinyBanksDir() });
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise('tiny');
  const practice = new PracticePage(page, app.banksDir);
  await practice.choose(true);
  await practice.submitAndConfirm();
  await practice.enterNext();
  await practice.choose(false);
  await practice.submitAndConfirm();
  await practice.enterNext();
  await practice.choose(true);
  await practice.submitAndConfirm();
  await expect(practice.primary).toHaveText(zh.practice.finish);
  await page.keyboard.press('Enter');
  const done = page.getByTestId('finished-round');
  await expect(done).toContainText(zh.practice.finishedTitle);
  await expect(done).toContainText(fill(zh.practice.finishedStats, { answered: 3, total: 3, mastered: 2, wrong: 1 }));
  await expect(page).toHaveURL(/#\/bank\/tiny\/done$/);

  // Reopening the bank later shows the finished round again, not a dead end.
  await done.getByRole('link', { name: zh.practice.toHome }).click();
  await expect(home.practiseButton('tiny')).toHaveText(zh.home.finished);
  await home.practise('tiny');
  await expect(done).toBeVisible();

  await done.getByRole('link', { name: fill(zh.practice.reviewWrong, { count: 1 }) }).click();
  await expect(page.locator('.practice-chapter')).toHaveText(zh.practice.review);
  expect(await practice.questionId()).toBe('tiny-2');
  await page.goBack();
  await done.getByRole('button', { name: zh.practice.newRound }).click();
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 1, total: 3 }));
  await expect(practice.feedback).toHaveCount(0);
  await app.stop();
});
