import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Question } from '@core/bank/schema';
import { localDay } from '@core/time/day';
import { PracticePage } from './pages/practice-page';
import { bundledBank } from './support/bank-info';
import { locales } from './support/locales';
import { tinyBanksDir } from './support/tiny-bank';
import { ROOT, startWebApp, tempDir } from './support/web-app';

const zh = locales['zh-CN'];
const OUT = path.join(ROOT, 'e2e', 'screenshots');

/** The app's address carries its token in the hash: open it, then go to a screen by its route. */
async function openAt(page: Page, url: string, route: string) {
  await page.goto(url);
  await page.locator('main h1').waitFor();
  await page.evaluate((r) => (location.hash = r), route);
}

async function axeClean(page: Page) {
  const scan = await new AxeBuilder({ page }).analyze();
  const serious = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('statistics: today’s answers, accuracy per bank, and the most-missed article leads to practising it', async ({ page }) => {
  const app = await startWebApp({ banksDir: tinyBanksDir() });
  await openAt(page, app.url, '#/bank/tiny');
  const practice = new PracticePage(page, app.banksDir);
  await practice.choose(false); // tiny-1 wrong
  await practice.submitAndConfirm();
  await practice.next();
  await practice.choose(true); // tiny-2 right
  await practice.submitAndConfirm();
  await practice.next();
  await practice.choose(false); // tiny-3 wrong
  await practice.submitAndConfirm();

  await page.getByRole('navigation').getByRole('link', { name: zh.stats.nav }).click();
  await expect(page.getByRole('heading', { level: 1, name: zh.stats.title })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/stats');
  await expect(page.getByRole('link', { name: zh.stats.nav })).toHaveAttribute('aria-current', 'page');

  // The host and this test run on one machine: its local day is the page's today.
  const today = page.locator(`.heat-cell[data-day="${localDay(Date.now())}"]`);
  await expect(today).toHaveText('3');
  await expect(today).toHaveClass(/heat-today/);
  await expect(page.locator('[data-stat="today"] .stats-figure')).toHaveText('3');
  await expect(page.locator('[data-stat="streak"] .stats-figure')).toHaveText('1');

  const bankRow = page.locator('tbody[data-bank="tiny"] tr.coverage-bank');
  await expect(bankRow.locator('td').nth(0)).toHaveText('3 / 3（100%）');
  await expect(bankRow.locator('td').nth(1)).toHaveText('0 / 3（0%）');
  await expect(bankRow.locator('td').nth(2)).toHaveText('33%');
  await expect(page.locator('.stats-chart-bars svg')).toBeVisible();

  // The weekly table holds the same numbers as the line chart.
  const trend = page.locator('section[aria-labelledby="stats-trend"] details');
  await trend.locator('summary').click();
  await expect(trend.locator('tbody tr').last().locator('td')).toHaveText(['3', '33%']);
  await axeClean(page);

  const missed = page.locator('[data-missed="tiny/administrative-penalty-law/9"]');
  await expect(missed).toContainText('答错 2 次（2 道题）');
  await missed.getByRole('link').click();
  expect(new URL(page.url()).hash).toMatch(/^#\/article\/tiny\/administrative-penalty-law\/9/);
  expect(['tiny-1', 'tiny-2', 'tiny-3']).toContain(await practice.questionId());
  await app.stop();
});

test('statistics are asked for afresh after more answers', async ({ page }) => {
  const app = await startWebApp({ banksDir: tinyBanksDir() });
  await openAt(page, app.url, '#/stats');
  await expect(page.locator('[data-stat="today"] .stats-figure')).toHaveText('0');
  await expect(page.getByText(zh.stats.missed.none)).toBeVisible();
  await page.evaluate(() => (location.hash = '#/bank/tiny'));
  const practice = new PracticePage(page, app.banksDir);
  await practice.choose(true);
  await practice.submitAndConfirm();
  await page.getByRole('link', { name: zh.stats.nav }).click();
  await expect(page.locator('[data-stat="today"] .stats-figure')).toHaveText('1');
  await app.stop();
});

/** A history of about four months of practice in two bundled banks, to look at a full screen. */
function seededData(settings: object): string {
  const dir = tempDir('stats');
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ settings }));
  const lines = new Map<string, string[]>();
  const questions = (id: string) => bundledBank(id).bank.questions.flatMap((e): Question[] => (e.type === 'case' ? e.questions : [e]));
  let n = 0;
  for (const bankId of ['administrative-penalty-law', 'constitution']) {
    const qs = questions(bankId);
    for (let day = 120; day >= 0; day--) {
      if (day % 7 === 3 || day % 11 === 5) continue; // some days off
      const count = bankId === 'constitution' ? day % 3 : 3 + ((day * 7) % 17);
      for (let i = 0; i < count; i++) {
        const q = qs[n++ % qs.length]!;
        const at = Date.now() - day * 86_400_000 - i * 60_000;
        const correct = (n * 5) % 7 > 1 + (day % 3);
        const response = q.type === 'judge' ? { kind: 'judge', value: correct === q.answer } : { kind: 'choice', selected: correct ? q.answer : [q.answer[0] === 0 ? 1 : 0] };
        const event = { v: 2, id: crypto.randomUUID(), kind: 'answer', questionId: q.id, bankId, response, correct, at, elapsedMs: 8000, mode: 'practice', sessionId: 'seed' };
        const d = new Date(at);
        const file = `attempts-${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}.jsonl`;
        lines.set(file, [...(lines.get(file) ?? []), JSON.stringify(event)]);
      }
    }
  }
  fs.mkdirSync(path.join(dir, 'history'));
  for (const [file, ls] of lines) fs.writeFileSync(path.join(dir, 'history', file), ls.join('\n') + '\n');
  return dir;
}

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
for (const size of sizes)
  for (const language of ['zh-CN', 'en'] as const)
    for (const fontSize of ['normal', 'x-large'] as const)
      for (const theme of fontSize === 'normal' && size.width === 1366 ? (['light', 'dark'] as const) : (['light'] as const)) {
        const name = `stats-${size.width}-${language}-${fontSize}${theme === 'dark' ? '-dark' : ''}`;
        test(`screen ${name}`, async ({ page }) => {
          test.setTimeout(60_000);
          await page.setViewportSize(size);
          const app = await startWebApp({ dataDir: seededData({ language, fontSize, theme }) });
          await openAt(page, app.url, '#/stats');
          await expect(page.getByRole('heading', { level: 1, name: locales[language].stats.title })).toBeVisible();
          await expect(page.locator('.stats-chart svg').first()).toBeVisible();
          await axeClean(page);
          // Nothing wider than the window.
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
          fs.mkdirSync(OUT, { recursive: true });
          await page.screenshot({ path: path.join(OUT, `${name}.png`) });
          await page.screenshot({ path: path.join(OUT, `${name}-full.png`), fullPage: true });
          for (const d of await page.locator('details.stats-data summary').all()) await d.click();
          await axeClean(page);
          await app.stop();
        });
      }
