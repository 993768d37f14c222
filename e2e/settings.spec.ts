import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { SettingsPage } from './pages/settings-page';
import { locales } from './support/locales';
import { startWebApp } from './support/web-app';

const { 'zh-CN': zh, en } = locales;

test('language switches at once and is kept after a restart', async ({ page }) => {
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.goToSettings();
  await new SettingsPage(page).setLanguage(zh, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.settings.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation').getByRole('link', { name: en.nav.home })).toBeVisible();

  await app.stop();
  const again = await startWebApp({ dataDir: app.dataDir });
  await new HomePage(page, en).open(again.url);
  await expect(page).toHaveTitle(en.app.windowTitle);
  await again.stop();
});

test('text size grows the whole page and is kept', async ({ page }) => {
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await rootSize();
  await home.goToSettings();
  await new SettingsPage(page).setFontSize(zh, 'x-large');
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'x-large');
  expect(await rootSize()).toBeGreaterThanOrEqual(normal * 1.4);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'x-large');
  await app.stop();
});

test.describe('first run in an English browser', () => {
  test.use({ locale: 'en-GB' });
  test('follows the person’s browser language, not the server’s, and keeps it', async ({ page }) => {
    const app = await startWebApp();
    await new HomePage(page, en).open(app.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await app.stop();
    const again = await startWebApp({ dataDir: app.dataDir });
    await new HomePage(page, en).open(again.url);
    await again.stop();
  });
});

test('first run in a Chinese browser stays Chinese', async ({ page }) => {
  const app = await startWebApp();
  await new HomePage(page, zh).open(app.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await app.stop();
});
