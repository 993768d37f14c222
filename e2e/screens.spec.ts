import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { PracticePage } from './pages/practice-page';
import { SettingsPage } from './pages/settings-page';
import { locales } from './support/locales';
import { ROOT, startWebApp } from './support/web-app';

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
