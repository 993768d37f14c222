import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { PracticePage } from './pages/practice-page';
import { SettingsPage } from './pages/settings-page';
import { locales } from './support/locales';
import { bundledBank } from './support/bank-info';
import { ROOT, startWebApp, tempDir } from './support/web-app';

const OUT = path.join(ROOT, 'e2e', 'screenshots');

/** Serious accessibility faults (contrast, names, roles) fail the test; the screenshots are for people to look at. */
async function checkAndShoot(page: Page, name: string) {
  const scan = await new AxeBuilder({ page }).analyze();
  const serious = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}

const variants = [
  { name: 'zh', language: 'zh-CN', fontSize: 'normal', theme: 'light' },
  { name: 'en', language: 'en', fontSize: 'normal', theme: 'light' },
  { name: 'zh-xl', language: 'zh-CN', fontSize: 'x-large', theme: 'light' },
  { name: 'en-large-dark', language: 'en', fontSize: 'large', theme: 'dark' },
] as const;

for (const v of variants) {
  test(`screens pass accessibility checks: ${v.name}`, async ({ page }) => {
    const app = await startWebApp();
    const zh = locales['zh-CN'];
    const text = locales[v.language];
    const home = new HomePage(page);
    await home.open(app.url);
    await home.goToSettings();
    const settings = new SettingsPage(page);
    await settings.setLanguage(zh, v.language);
    await settings.setFontSize(text, v.fontSize);
    await settings.choose(text.settings.theme, text.settings.themes[v.theme]);
    await expect(page.locator('html')).toHaveAttribute('data-theme', v.theme);
    await checkAndShoot(page, `settings-${v.name}`);

    const homeNow = new HomePage(page, text);
    await page.getByRole('navigation').getByRole('button', { name: text.nav.home }).click();
    await homeNow.heading.waitFor();
    await homeNow.openChapters('administrative-penalty-law');
    await checkAndShoot(page, `home-${v.name}`);

    await homeNow.practise('administrative-penalty-law');
    const practice = new PracticePage(page, app.banksDir, text);
    await practice.choose(false);
    await checkAndShoot(page, `practice-${v.name}`);
    await practice.submit();
    await expect(practice.feedback).toBeVisible();
    await checkAndShoot(page, `feedback-${v.name}`);
    await app.stop();
  });
}

test('a case-set question shows its material, in both languages', async ({ page }) => {
  const { bank } = bundledBank('administrative-penalty-law');
  const caseStart = bank.questions.findIndex((e) => e.type === 'case');
  const before = bank.questions.slice(0, caseStart).length;
  const dataDir = tempDir('case');
  // Resume exactly at the first case question: the app reads where the learner left off.
  fs.writeFileSync(path.join(dataDir, 'progress.json'), JSON.stringify({ positions: { 'administrative-penalty-law': before } }));
  const app = await startWebApp({ dataDir });
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise('administrative-penalty-law');
  const material = page.getByRole('complementary', { name: locales['zh-CN'].practice.caseMaterial });
  const caseSet = bank.questions[caseStart]!;
  if (caseSet.type !== 'case') throw new Error('not a case set');
  await expect(material).toContainText(caseSet.material);
  await checkAndShoot(page, 'case-zh');
  await page.getByRole('button', { name: locales['zh-CN'].practice.back }).click();
  await home.goToSettings();
  await new SettingsPage(page).setLanguage(locales['zh-CN'], 'en');
  await page.getByRole('navigation').getByRole('button', { name: locales.en.nav.home }).click();
  await new HomePage(page, locales.en).practise('administrative-penalty-law');
  await expect(page.getByRole('complementary', { name: locales.en.practice.caseMaterial })).toBeVisible();
  await checkAndShoot(page, 'case-en');
  await app.stop();
});
