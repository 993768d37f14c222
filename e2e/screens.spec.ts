import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { PracticePage } from './pages/practice-page';
import { locales } from './support/locales';
import { bundledBank } from './support/bank-info';
import { startWebApp, tempDir } from './support/web-app';
import { checkAndShoot } from './support/check-and-shoot';

const BANK = 'administrative-penalty-law';

/** Serious accessibility faults (contrast, names, roles) fail the test; the screenshots are for people to look at. */

/** A data folder that starts with these settings and, optionally, resume positions. */
function dataWith(settings: object, positions: Record<string, number> = {}): string {
  const dir = tempDir('screens');
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ settings }));
  fs.writeFileSync(path.join(dir, 'progress.json'), JSON.stringify({ positions }));
  return dir;
}

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const languages = ['zh-CN', 'en'] as const;
const fontSizes = ['normal', 'x-large'] as const;

for (const size of sizes)
  for (const language of languages)
    for (const fontSize of fontSizes) {
      const name = `${size.width}-${language}-${fontSize}`;
      test(`screens at ${name}: start, practice, partly right, answer sheet, finished`, async ({ page }) => {
        test.setTimeout(60_000);
        await page.setViewportSize(size);
        const text = locales[language];
        const app = await startWebApp({ dataDir: dataWith({ language, fontSize, theme: 'light' }) });
        const home = new HomePage(page, text);
        await home.open(app.url);
        await checkAndShoot(page, `home-${name}`);

        await home.practise(BANK);
        const practice = new PracticePage(page, app.banksDir, text);
        // A typical single-choice question: stem, options and the submit button on one screen.
        const single = await practice.seek((q) => q.type === 'single');
        await expect(practice.primary).toBeInViewport({ ratio: 1 });
        const lastOption = (await page.locator('label.option').last().boundingBox())!;
        const bar = (await page.locator('.practice-actions').boundingBox())!;
        expect(lastOption.y + lastOption.height).toBeLessThanOrEqual(bar.y + 1); // not hidden under the buttons
        expect(bar.y + bar.height).toBeLessThanOrEqual(size.height);
        await checkAndShoot(page, `practice-${name}`);
        await practice.choose(true);
        await practice.submitAndConfirm();
        expect(await practice.questionId()).toBe(single.id);
        await expect(practice.primary).toBeInViewport();
        await checkAndShoot(page, `answered-${name}`);

        const multiple = await practice.seek((q) => q.type === 'multiple');
        if (multiple.type !== 'multiple') throw new Error('unreachable');
        await practice.pressOptions(multiple, [multiple.answer[0]!]);
        await page.keyboard.press('Enter');
        await expect(practice.feedback).toHaveAttribute('data-verdict', 'partial');
        await checkAndShoot(page, `partly-right-${name}`);

        await page.locator('[data-action="answer-sheet"]').click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await checkAndShoot(page, `answer-sheet-${name}`);
        await page.keyboard.press('Escape');
        await app.stop();

        const { total } = bundledBank(BANK);
        const done = await startWebApp({ dataDir: dataWith({ language, fontSize, theme: 'light' }, { [BANK]: total }) });
        await home.open(done.url);
        await home.practise(BANK);
        await expect(page.getByTestId('finished-round')).toBeVisible();
        await checkAndShoot(page, `finished-${name}`);
        await done.stop();
      });
    }

test('settings and a case set in dark theme, large text, both languages', async ({ page }) => {
  const { bank } = bundledBank(BANK);
  const caseStart = bank.questions.findIndex((e) => e.type === 'case');
  for (const language of languages) {
    const app = await startWebApp({ dataDir: dataWith({ language, fontSize: 'large', theme: 'dark' }, { [BANK]: caseStart }) });
    const text = locales[language];
    const home = new HomePage(page, text);
    await home.open(app.url);
    await home.goToSettings();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await checkAndShoot(page, `settings-dark-${language}`);
    await home.goHome();
    await home.practise(BANK);
    const caseSet = bank.questions[caseStart]!;
    if (caseSet.type !== 'case') throw new Error('not a case set');
    await expect(page.getByRole('complementary', { name: text.practice.caseMaterial })).toContainText(caseSet.material);
    await checkAndShoot(page, `case-dark-${language}`);
    await app.stop();
  }
});
