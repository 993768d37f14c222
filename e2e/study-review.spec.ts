import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { PracticePage } from './pages/practice-page';
import { bundledBank } from './support/bank-info';
import { fill, locales } from './support/locales';
import { tinyBanksDir } from './support/tiny-bank';
import { historyEvents, startWebApp, tempDir, type WebApp } from './support/web-app';
import { checkAndShoot } from './support/check-and-shoot';

const DAY = 86_400_000;
/** 2026-03-02 10:00 UTC: "today" of these tests, through the host's test clock. */
const DAY1 = Date.UTC(2026, 2, 2, 10);

/**
 * Starts the built host with its clock set to `now` (LAWDRILL_FAKE_NOW, a test-only option of
 * the web host CLI). startWebApp passes this process's environment to the host.
 */
async function startAt(now: number, opts: Parameters<typeof startWebApp>[0]): Promise<WebApp> {
  process.env.LAWDRILL_FAKE_NOW = String(now);
  try {
    return await startWebApp(opts);
  } finally {
    delete process.env.LAWDRILL_FAKE_NOW;
  }
}


test('a question answered wrong today is in 今日复习 two days later, and its answer there is a review', async ({ page }) => {
  const text = locales['zh-CN'];
  const dataDir = tempDir('review');
  const banksDir = tinyBanksDir();
  const today = await startAt(DAY1, { dataDir, banksDir });
  const home = new HomePage(page, text);
  await home.open(today.url);
  await home.practise('tiny');
  const practice = new PracticePage(page, banksDir, text);
  const wrong = await practice.choose(false);
  await practice.submitAndConfirm();
  await today.stop();

  const later = await startAt(DAY1 + 2 * DAY, { dataDir, banksDir });
  await home.open(later.url);
  const card = page.getByTestId('plan-card');
  await expect(card.getByTestId('plan-due')).toHaveText('1');
  await expect(card.getByTestId('plan-wrong')).toHaveText('1');
  await expect(card.getByTestId('plan-unseen')).toHaveText('2');
  // The wrong one plus the two unseen (within the new-question limit).
  const start = card.locator('[data-action="review-due"]');
  await expect(start).toHaveText(fill(text.review.start, { count: 3 }));
  await start.click();
  await expect(practice.root).toHaveAttribute('data-question-id', wrong.id);
  await practice.choose(true);
  const id = await practice.submitAndConfirm();
  const written = historyEvents(dataDir).find((e) => e.id === id)!;
  expect(JSON.parse(written.raw)).toMatchObject({ questionId: wrong.id, mode: 'review', correct: true, at: expect.any(Number) });
  expect((JSON.parse(written.raw) as { at: number }).at).toBeGreaterThanOrEqual(DAY1 + 2 * DAY);
  await later.stop();
});

test('an exam date in the past is refused with a message and changes nothing', async ({ page }) => {
  const text = locales['zh-CN'];
  const app = await startAt(DAY1, { banksDir: tinyBanksDir() });
  const home = new HomePage(page, text);
  await home.open(app.url);
  await home.goToSettings();
  const input = page.getByTestId('exam-date');
  await input.fill('2026-03-20');
  await input.press('Enter');
  await home.goHome();
  await expect(page.getByTestId('plan-days')).toContainText('18');
  await home.goToSettings();
  await page.getByTestId('exam-date').fill('2026-02-01');
  await page.getByTestId('exam-date').press('Enter');
  await expect(page.getByRole('alert')).toHaveText(text.errors['settings.exam-date-past']);
  await expect(page.getByTestId('exam-date')).toHaveValue('2026-03-20');
  await app.stop();
});

/** A data folder with these settings and a few answers from two days before DAY1 (some wrong). */
function dataWithHistory(settings: object): string {
  const dir = tempDir('review-screens');
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ settings }));
  const { bank } = bundledBank('administrative-penalty-law');
  const ids = bank.questions.flatMap((q) => (q.type === 'case' ? q.questions : [q])).slice(0, 12);
  const lines = ids.map((q, i) => ({
    v: 2,
    id: crypto.randomUUID(),
    kind: 'answer',
    questionId: q.id,
    bankId: bank.id,
    response: q.type === 'judge' ? { kind: 'judge', value: true } : { kind: 'choice', selected: [0] },
    correct: i % 3 === 0 ? false : true,
    at: DAY1 - 2 * DAY + i * 60_000,
    elapsedMs: 12_000,
    mode: 'practice',
    sessionId: 'seed',
  }));
  fs.mkdirSync(path.join(dir, 'history'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'history', 'attempts-2026-02.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return dir;
}

for (const language of ['zh-CN', 'en'] as const)
  for (const fontSize of ['normal', 'x-large'] as const) {
    const name = `1366-${language}-${fontSize}`;
    test(`plan card and review screen at ${name}`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 1366, height: 768 });
      const text = locales[language];
      const app = await startAt(DAY1, { dataDir: dataWithHistory({ language, fontSize, theme: 'light', examDate: '2026-04-15' }) });
      const home = new HomePage(page, text);
      await home.open(app.url);
      const card = page.getByTestId('plan-card');
      await expect(card.getByTestId('plan-target')).toBeVisible();
      await expect(card).toBeInViewport({ ratio: 1 });
      await checkAndShoot(page, `review-plan-${name}`);

      await card.locator('[data-action="review-due"]').click();
      const practice = new PracticePage(page, app.banksDir, text);
      await practice.questionId();
      await checkAndShoot(page, `review-due-${name}`);

      await home.goToSettings();
      await page.getByTestId('review-settings').scrollIntoViewIfNeeded();
      await checkAndShoot(page, `review-settings-${name}`);
      await app.stop();
    });
  }
