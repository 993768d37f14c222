import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { ROOT } from './web-app';

export const SCREENSHOTS = path.join(ROOT, 'e2e', 'screenshots');

/**
 * Serious accessibility faults (contrast, names, roles) fail the test; the screenshot is for
 * people to look at. `noSideways` also fails a page wider than the window.
 */
export async function checkAndShoot(page: Page, name: string, o: { fullPage?: boolean; noSideways?: boolean } = {}) {
  const scan = await new AxeBuilder({ page }).analyze();
  const serious = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  if (o.noSideways) expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: o.fullPage ?? false });
}
