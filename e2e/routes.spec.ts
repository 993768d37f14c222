import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { PracticePage } from './pages/practice-page';
import { bundledBank } from './support/bank-info';
import { fill, locales } from './support/locales';
import { startWebApp } from './support/web-app';

const zh = locales['zh-CN'];
const BANK = 'constitution';

test('reload, Back/Forward and a bookmark keep the screen and the question', async ({ page, context }) => {
  const { total } = bundledBank(BANK);
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise(BANK);
  const practice = new PracticePage(page, app.banksDir);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 5, total }));
  await expect(page).toHaveURL(/#\/bank\/constitution\/5$/);
  const id = await practice.questionId();

  await page.reload();
  await expect(practice.root).toHaveAttribute('data-question-id', id);

  await page.goBack();
  await expect(home.heading).toBeVisible();
  await page.goForward();
  await expect(practice.root).toHaveAttribute('data-question-id', id);

  // A bookmark to another question opens there, in a new tab of the same browser.
  const bookmark = page.url().replace(/\/5$/, '/9');
  const tab = await context.newPage();
  await tab.goto(bookmark);
  await expect(tab.locator('.practice-position')).toHaveText(fill(zh.practice.position, { n: 9, total }));
  await app.stop();
});

test('positions saved while paging fast land in order: the screen reopens where the learner was', async ({ page }) => {
  const { total } = bundledBank(BANK);
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise(BANK);
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
  const practice = new PracticePage(page, app.banksDir);
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 26, total }));
  // Wait until the host holds the last position, then open the bank fresh from home.
  await expect.poll(async () => (await page.evaluate(() => window.lawdrill['banks.list']({}))).ok).toBe(true);
  await page.getByRole('link', { name: zh.practice.back }).click();
  await expect(home.practiseButton(BANK)).toHaveText(fill(zh.home.continue, { n: 26 }), { timeout: 15_000 });
  await app.stop();
  const again = await startWebApp({ dataDir: app.dataDir });
  await home.open(again.url);
  await expect(home.practiseButton(BANK)).toHaveText(fill(zh.home.continue, { n: 26 }));
  await again.stop();
});
