import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { HomePage } from '../pages/home-page';
import { PracticePage } from '../pages/practice-page';
import { locales } from '../support/locales';
import { BUNDLED_BANKS, ROOT, tempDir } from '../support/web-app';
import { electronBinary } from './electron-binary';

const binary = electronBinary();

// Reported as skipped (never as passed) where no Electron binary could be installed.
test.skip(binary === null, 'no Electron binary on this machine (it cannot be downloaded here)');

test('Electron: the app opens, a question is answered, progress is kept across a restart', async () => {
  const env = { ...process.env, LAWDRILL_USER_DATA: tempDir('electron') };
  const launch = () => electron.launch({ executablePath: binary!, args: [path.join(ROOT, 'out/main/main.js')], env });
  const app = await launch();
  const page = await app.firstWindow();
  const home = new HomePage(page);
  await home.heading.waitFor();
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  await home.practise('administrative-penalty-law');
  const practice = new PracticePage(page, BUNDLED_BANKS);
  await practice.choose(true);
  await practice.submit();
  await expect(practice.feedback).toHaveAttribute('data-correct', 'true');
  await app.close();

  const again = await launch();
  const page2 = await again.firstWindow();
  await expect(new HomePage(page2).progress('administrative-penalty-law')).toContainText(locales['zh-CN'].home.answered.split('{{')[0]!);
  await again.close();
});
