import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Bank } from '@core/bank/schema';
import { chineseNumeral } from '@core/law/article-label';
import { practiceItems } from '@core/practice/items';
import { HomePage } from './pages/home-page';
import { fill, locales } from './support/locales';
import { BUNDLED_BANKS, ROOT, startWebApp, tempDir } from './support/web-app';
import { checkAndShoot as shoot } from './support/check-and-shoot';

/** This spec's screens: nothing wider than the window. */
const checkAndShoot = (page: Page, name: string) => shoot(page, name, { noSideways: true });

const OUT = path.join(ROOT, 'e2e', 'screenshots');
const zh = locales['zh-CN'];

interface Found {
  bankId: string;
  questionId: string;
  position: number;
  basisLaw: string;
  basisArticle: number | 'preamble';
}

/** The bundled banks in the order the host loads them (file name order), each with its practice items. */
function bundled(): { bank: Bank; items: ReturnType<typeof practiceItems> }[] {
  return fs
    .readdirSync(BUNDLED_BANKS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(BUNDLED_BANKS, f), 'utf8')) as Bank)
    .map((bank) => ({ bank, items: practiceItems(bank) }));
}

/** Questions holding `phrase` (plain Han text: no folding needed) anywhere a learner reads, worked out from the files. */
function containing(phrase: string): Found[] {
  return bundled().flatMap(({ bank, items }) =>
    items.flatMap((item, position) => {
      const q = item.question;
      const texts = [item.caseSet?.material ?? '', q.stem, ...(q.type === 'judge' ? [] : q.options), q.explanation, ...q.basis.map((c) => c.quote)];
      if (!texts.some((t) => t.includes(phrase))) return [];
      const cited = q.basis.find((c) => c.quote.includes(phrase)) ?? q.basis[0]!;
      return [{ bankId: bank.id, questionId: q.id, position, basisLaw: cited.law, basisArticle: cited.article }];
    }),
  );
}

/** A run of Han characters from some quoted article that a few questions (in more than one place) hold. */
function quotedPhrase(): { phrase: string; found: Found[] } {
  for (const { items } of bundled())
    for (const item of items)
      for (const c of item.question.basis) {
        const runs = c.quote.match(/[\u4e00-\u9fff]{10,}/gu) ?? [];
        for (const run of runs) {
          const phrase = run.slice(0, 10);
          const found = containing(phrase);
          if (found.length >= 3 && found.length <= 6) return { phrase, found };
        }
      }
  throw new Error('no suitable phrase in the bundled banks');
}

const dialog = (page: Page) => page.getByRole('dialog', { name: zh.search.title });
const input = (page: Page) => dialog(page).getByRole('combobox', { name: zh.search.label });
const results = (page: Page) => dialog(page).getByRole('listbox').getByRole('option');

test.use({ viewport: { width: 1366, height: 768 } });

test('Ctrl+K opens the search; a quoted phrase is found and marked; Enter opens it; "practise all" walks exactly the results', async ({ page }) => {
  test.setTimeout(60_000);
  const { phrase, found } = quotedPhrase();
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);

  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(input(page)).toBeFocused();
  await input(page).fill(phrase);
  await expect(dialog(page).getByRole('status')).toHaveText(fill(zh.search.found, { count: found.length }));
  await expect(results(page)).toHaveCount(found.length);
  expect(await results(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-question'))), 'in bank order').toEqual(found.map((f) => f.questionId));
  for (const mark of await dialog(page).locator('mark').all()) await expect(mark).toHaveText(phrase);
  // The article in the statute's own style: 《…》第十二条.
  const first = found[0]!;
  if (typeof first.basisArticle === 'number') await expect(results(page).first()).toContainText(`第${chineseNumeral(first.basisArticle)}条`);
  await expect(results(page).first()).toContainText(zh.search.field.basis);

  // ↓ moves to the second result, ↑ back, ↓ again; Enter opens it as a question of its bank.
  await expect(results(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(results(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  const second = found[1]!;
  await expect(page.locator('.practice')).toHaveAttribute('data-question-id', second.questionId);
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/bank/${second.bankId}/${second.position + 1}`);

  // On the practice screen "/" opens the search too; letters typed there do not answer the question.
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(input(page)).toHaveValue(phrase);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('ABCD');
  await expect(input(page)).toHaveValue('ABCD');
  await page.keyboard.press('Escape');
  await expect(page.locator('.practice input:checked')).toHaveCount(0);

  // "Practise all results" walks exactly the found questions, in bank order.
  await page.keyboard.press('Control+k');
  await input(page).fill(phrase);
  await dialog(page).getByRole('button', { name: fill(zh.search.practiseAll, { count: found.length }) }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('.practice')).toBeVisible();
  await checkAndShoot(page, 'search-practice-1366-zh-CN');
  const walked: string[] = [];
  for (let i = 0; i < found.length; i++) {
    const practice = page.locator('.practice');
    if (i > 0) await expect(practice).not.toHaveAttribute('data-question-id', walked[i - 1]!);
    walked.push((await practice.getAttribute('data-question-id'))!);
    await page.keyboard.press('ArrowRight');
  }
  expect(walked).toEqual(found.map((f) => f.questionId));
  expect(new URL(page.url()).hash).toContain(`/search/*/${encodeURIComponent(phrase)}`);
});

test('half-width input finds full-width text; Ctrl+K works from inside a text field, "/" there is just typed', async ({ page }) => {
  const app = await startWebApp();
  await new HomePage(page).open(app.url);
  await page.getByRole('navigation').getByRole('link', { name: zh.nav.library }).click();
  const field = page.getByRole('searchbox', { name: zh.library.search.all });
  await field.click();
  await page.keyboard.type('a/b');
  await expect(field).toHaveValue('a/b');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await input(page).fill('(一)警告');
  await expect(dialog(page).locator('mark').first()).toHaveText('（一）警告');
  // A search limited to one bank.
  await dialog(page).getByRole('combobox', { name: zh.search.bank }).selectOption('administrative-penalty-law');
  await expect(results(page).first()).toContainText('行政处罚法');
  const banks = await results(page).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(banks.every((t) => t.includes('行政处罚法'))).toBe(true);
});

/** No serious or critical accessibility fault, nothing wider than the window; then a screenshot to look at. */

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
])
  for (const language of ['zh-CN', 'en'] as const)
    for (const fontSize of ['normal', 'x-large'] as const) {
      const name = `search-${size.width}-${language}-${fontSize}`;
      test(`the search dialog with results at ${name}`, async ({ page }) => {
        await page.setViewportSize(size);
        const dataDir = tempDir('search-screens');
        fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ settings: { language, fontSize, theme: 'light' } }));
        const text = locales[language];
        const app = await startWebApp({ dataDir });
        await new HomePage(page, text).open(app.url);
        fs.mkdirSync(OUT, { recursive: true });
        await page.locator('header').screenshot({ path: path.join(OUT, `${name}-header.png`) });
        await page.getByRole('button', { name: text.search.open, exact: true }).click();
        const box = page.getByRole('dialog', { name: text.search.title });
        await box.getByRole('combobox', { name: text.search.label }).fill('(一)警告');
        await expect(box.getByRole('listbox').getByRole('option').first()).toBeVisible();
        // "Practise all results" and the first results are on screen, whatever the text size.
        await expect(box.locator('.qsearch-status button')).toBeInViewport({ ratio: 1 });
        await expect(box.getByRole('listbox').getByRole('option').first()).toBeInViewport({ ratio: 1 });
        await checkAndShoot(page, name);
      });
    }
