import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { PracticePage } from './pages/practice-page';
import { bundledBank } from './support/bank-info';
import { fill, locales } from './support/locales';
import { historyEvents, startWebApp } from './support/web-app';

const zh = locales['zh-CN'];
const BANK = 'administrative-penalty-law';

test('practise: right and wrong answers, feedback with the quote, progress survives a crash', async ({ page }) => {
  const { total } = bundledBank(BANK);
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  for (const id of ['constitution', 'civil-code', BANK]) await expect(home.card(id)).toBeVisible();
  await expect(home.progress(BANK)).toHaveText(fill(zh.home.questions, { count: total }));

  await home.practise(BANK);
  const practice = new PracticePage(page, app.banksDir);
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 1, total }));

  const first = await practice.choose(true);
  const firstId = await practice.submitAndConfirm();
  await expect(practice.feedback).toHaveAttribute('data-correct', 'true');
  await expect(practice.feedback).toContainText(zh.practice.correct);
  await expect(practice.feedback).toContainText(first.explanation);
  await expect(practice.feedback.locator('blockquote').first()).toContainText(first.basis[0]!.quote);

  await practice.next();
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 2, total }));
  await practice.choose(false);
  const secondId = await practice.submitAndConfirm();
  await expect(practice.feedback).toHaveAttribute('data-correct', 'false');
  await expect(page.locator('label.option[data-mark="wrong"]')).toHaveCount(1);

  const saved = page.waitForResponse((r) => r.url().endsWith('/api/practice.move'));
  await practice.next();
  await saved;
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 3, total }));
  // What the page confirmed is on disk, each answer once, with everything it records.
  const events = historyEvents(app.dataDir);
  expect(events.map((e) => e.id)).toEqual([firstId, secondId]);
  expect(JSON.parse(events[0]!.raw)).toMatchObject({ v: 2, kind: 'answer', questionId: first.id, bankId: BANK, mode: 'practice', correct: true });
  expect(JSON.parse(events[0]!.raw).elapsedMs).toBeGreaterThan(0);

  await app.crash();
  const again = await startWebApp({ dataDir: app.dataDir });
  await home.open(again.url);
  await expect(home.progress(BANK)).toContainText(fill(zh.home.answered, { answered: 2, total }));
  await expect(home.progress(BANK)).toContainText(fill(zh.home.mastered, { count: 1 }));
  await expect(home.practiseButton(BANK)).toHaveText(fill(zh.home.continue, { n: 3 }));
  await home.practise(BANK);
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 3, total }));
  await again.stop();
});

test('the home card and the answer sheet follow an answer without reloading', async ({ page }) => {
  const { total } = bundledBank(BANK);
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise(BANK);
  const practice = new PracticePage(page, app.banksDir);
  await practice.choose(false);
  await practice.submitAndConfirm();
  await expect(page.locator('.practice > progress')).toHaveAttribute('value', '1'); // this session's progress
  await page.locator('[data-action="answer-sheet"]').click();
  const sheet = page.getByRole('dialog');
  await expect(sheet.locator('button[data-cell="wrong"]')).toHaveText(['1']);
  await expect(sheet.locator('button[data-cell="unseen"]')).toHaveCount(total - 1);
  await sheet.getByRole('button', { name: zh.practice.sheetClose }).click();
  await page.getByRole('link', { name: zh.practice.back }).click();
  await expect(home.progress(BANK)).toContainText(fill(zh.home.answered, { answered: 1, total }));
  await expect(home.card(BANK).locator('[data-action="review-wrong"]')).toHaveText(fill(zh.home.reviewWrong, { count: 1 }));
  await expect(page.getByTestId('today')).toHaveText(fill(zh.home.today, { answered: 1, correct: 0 }));
  await app.stop();
});

test('submitting without an answer asks for one and records nothing', async ({ page }) => {
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise(BANK);
  const practice = new PracticePage(page, app.banksDir);
  await practice.submit();
  await expect(page.getByRole('alert')).toHaveText(zh.practice.pickFirst);
  await expect(practice.feedback).toHaveCount(0);
  await page.getByRole('link', { name: zh.practice.back }).click();
  await expect(home.progress(BANK)).toHaveText(fill(zh.home.questions, { count: bundledBank(BANK).total }));
  expect(historyEvents(app.dataDir)).toEqual([]);
  await app.stop();
});

test('practise one chapter: only its questions, its own progress and position', async ({ page }) => {
  const { bank } = bundledBank(BANK);
  const chapter = bank.chapters[1]!;
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.openChapters(BANK);
  const button = home.chapterButton(BANK, chapter.id);
  await expect(button).toContainText(chapter.title);
  const total = Number(/\/ (\d+)/.exec((await button.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(0);
  await button.click();

  const practice = new PracticePage(page, app.banksDir);
  await expect(page.locator('.practice-chapter')).toHaveText(chapter.title);
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 1, total }));
  const q = await practice.choose(true);
  const cited = q.basis.find((c) => c.law === BANK)!.article as number;
  expect(cited).toBeGreaterThanOrEqual(chapter.articles[0] as number);
  expect(cited).toBeLessThanOrEqual(chapter.articles[1] as number);
  await practice.submitAndConfirm();
  await page.getByRole('link', { name: zh.practice.back }).click();
  await home.openChapters(BANK);
  await expect(home.chapterButton(BANK, chapter.id)).toContainText(fill(zh.home.chapterCount, { answered: 1, total }));
  await app.stop();
});

test('the web host serves a favicon', async ({ request }) => {
  const app = await startWebApp();
  const r = await request.get(`http://127.0.0.1:${app.port}/favicon.svg`);
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toContain('image/svg+xml');
  await app.stop();
});
