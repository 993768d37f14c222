import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Question } from '@core/bank/schema';
import { optionOrder } from '@core/practice/shuffle';
import { HomePage } from './pages/home-page';
import { PracticePage } from './pages/practice-page';
import { questionById } from './support/bank-key';
import { bundledBank } from './support/bank-info';
import { fill, locales, type UiText } from './support/locales';
import { tinyBanksDir } from './support/tiny-bank';
import { historyEvents, startWebApp, tempDir } from './support/web-app';
import { checkAndShoot as shoot } from './support/check-and-shoot';

/** This spec's screens: full pages. */
const checkAndShoot = (page: Page, name: string) => shoot(page, name, { fullPage: true });

const zh = locales['zh-CN'];
const BANK = 'administrative-penalty-law';

async function openModes(page: Page, url: string, bankId: string, text: UiText = zh) {
  const home = new HomePage(page, text);
  await home.open(url);
  await home.card(bankId).locator('[data-action="modes"]').click();
  await page.locator(`[data-modes="${bankId}"]`).waitFor();
  return home;
}

function seenIds(dataDir: string): string[] {
  const file = path.join(dataDir, 'seen.json');
  if (!fs.existsSync(file)) return [];
  const { seen } = JSON.parse(fs.readFileSync(file, 'utf8')) as { seen: Record<string, Record<string, number>> };
  return Object.keys(seen[BANK] ?? {});
}

/** The key as memorise mode writes it: shown letters in order, or the judge label. */
function keyText(q: Question, text: UiText): string {
  if (q.type === 'judge') return q.answer ? text.practice.judgeTrue : text.practice.judgeFalse;
  const order = optionOrder(q.id, q.options.length);
  return q.answer
    .map((o) => order.indexOf(o))
    .sort((a, b) => a - b)
    .map((shown) => 'ABCDEFGH'[shown])
    .join(text.practice.listSeparator);
}

test('a random round survives a restart of the web host in the same order and at the same place', async ({ page }) => {
  const dataDir = tempDir('modes-random');
  const banksDir = tinyBanksDir();
  let app = await startWebApp({ dataDir, banksDir });
  await openModes(page, app.url, 'tiny');
  await page.locator('[data-action="random-new"]').click();
  const practice = new PracticePage(page, banksDir);
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 1, total: 3 }));
  const first = await practice.questionId();
  await practice.choose(false);
  await practice.submitAndConfirm();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/practice.move'));
  await practice.next();
  await saved;
  const second = await practice.questionId();
  expect(second).not.toBe(first);
  await app.stop();

  app = await startWebApp({ dataDir, banksDir });
  await openModes(page, app.url, 'tiny');
  const resume = page.locator('[data-action="random-continue"]');
  await expect(resume).toHaveText(fill(zh.modes.random.continue, { n: 2, total: 3 }));
  await resume.click();
  expect(await practice.questionId()).toBe(second);
  await page.keyboard.press('ArrowLeft');
  await expect(practice.root).toHaveAttribute('data-question-id', first);
  // The question answered wrong stays where the round put it, even though it is now the weakest.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const third = await practice.questionId();
  expect(new Set([first, second, third]).size).toBe(3);
  await app.stop();
});

test('按题型 judge shows only true-or-false questions', async ({ page }) => {
  const { bank } = bundledBank(BANK);
  const judges = bank.questions.filter((q) => q.type === 'judge').length;
  const app = await startWebApp();
  await openModes(page, app.url, BANK);
  const link = page.locator('[data-mode="type:judge"]');
  await expect(link).toContainText(String(judges));
  await link.click();
  const practice = new PracticePage(page, app.banksDir);
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 1, total: judges }));
  await expect(page.locator('[data-mode-subtitle="type"]')).toHaveText(fill(zh.modes.focusTitle.type, { value: zh.modes.byType.judge }));
  for (let i = 0; i < 4; i++) {
    expect((await practice.question()).type).toBe('judge');
    await expect(page.locator('.question .badge').first()).toHaveText(zh.practice.type.judge);
    const id = await practice.questionId();
    await page.keyboard.press('ArrowRight');
    await expect(practice.root).not.toHaveAttribute('data-question-id', id);
  }

  // The same screen for all banks: a random round over every bank's questions.
  await page.goto(`${new URL(app.url).origin}/#/modes`);
  await page.locator('[data-modes="*"]').waitFor();
  await page.locator('[data-action="random-new"]').click();
  const all = fs
    .readdirSync(app.banksDir)
    .filter((f) => f.endsWith('.json'))
    .reduce((n, f) => n + bundledBank(f.replace(/\.json$/, '')).total, 0);
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 1, total: all }));
  await app.stop();
});

test('memorise shows the key and explanation without answering; nothing counts as answered', async ({ page }) => {
  const { total } = bundledBank(BANK);
  const app = await startWebApp();
  await openModes(page, app.url, BANK);
  await page.locator('[data-action="memorise"]').click();
  const memorise = page.locator('[data-memorise]');
  for (let n = 1; n <= 3; n++) {
    await expect(memorise.locator('.practice-position')).toHaveText(fill(zh.modes.memorise.position, { n, total }));
    const q = questionById(app.banksDir, (await memorise.getAttribute('data-question-id'))!);
    const key = page.locator('.memorise-key');
    await expect(key).toHaveAttribute('data-memorise-key', keyText(q, zh));
    await expect(key).toContainText(q.explanation);
    await expect(key.locator('blockquote').first()).toContainText(q.basis[0]!.quote);
    await expect(page.getByRole('button', { name: zh.practice.submit })).toHaveCount(0);
    // Seen is kept in its own small store (seen.json), not in the answer history.
    await expect.poll(() => seenIds(app.dataDir)).toContain(q.id);
    if (n < 3) await page.getByRole('button', { name: zh.modes.memorise.next }).click();
  }
  expect(seenIds(app.dataDir)).toHaveLength(3);
  await page.getByRole('link', { name: zh.modes.memorise.toModes }).click();
  await expect(page.getByTestId('memorise-seen')).toHaveText(fill(zh.modes.memorise.seen, { seen: 3, total }));
  const home = new HomePage(page);
  await page.getByRole('link', { name: zh.modes.back }).click();
  await home.heading.waitFor();
  await expect(home.progress(BANK)).toHaveText(fill(zh.home.questions, { count: total }));
  expect(historyEvents(app.dataDir)).toEqual([]);
  await app.stop();
});


for (const language of ['zh-CN', 'en'] as const)
  for (const fontSize of ['normal', 'x-large'] as const) {
    const name = `1366-${language}-${fontSize}`;
    test(`modes and memorise screens at ${name}`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 1366, height: 768 });
      const text = locales[language];
      const dataDir = tempDir('modes-screens');
      fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ settings: { language, fontSize, theme: 'light' } }));
      const app = await startWebApp({ dataDir });
      await openModes(page, app.url, BANK, text);
      // Nothing may be cut off: no card wider than the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await checkAndShoot(page, `modes-${name}`);
      await page.locator('[data-action="memorise"]').click();
      await expect(page.locator('.memorise-key')).toHaveAttribute('data-memorise-key', /.+/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await checkAndShoot(page, `memorise-${name}`);
      await app.stop();
    });
  }
