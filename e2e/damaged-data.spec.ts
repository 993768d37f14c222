import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { locales } from './support/locales';
import { copyBanks, startWebApp, tempDir } from './support/web-app';

const zh = locales['zh-CN'];

test('a bank that fails validation is named and skipped; the others load', async ({ page }) => {
  const banksDir = copyBanks();
  const file = path.join(banksDir, 'constitution.json');
  const bank = JSON.parse(fs.readFileSync(file, 'utf8'));
  const broken = bank.questions.find((q: { type: string }) => q.type === 'single');
  broken.answer = [7];
  fs.writeFileSync(file, JSON.stringify(bank));
  fs.writeFileSync(path.join(banksDir, 'half-copied.json'), '{"format": "lawdrill-bank/1", "id": "x", "questions": [');

  const app = await startWebApp({ banksDir });
  const home = new HomePage(page);
  await home.open(app.url);
  await expect(home.card('civil-code')).toBeVisible();
  await expect(home.card('administrative-penalty-law')).toBeVisible();
  await expect(home.card('constitution')).toHaveCount(0);
  const constitution = home.problems.locator('[data-problem-file="constitution.json"]');
  await expect(constitution).toContainText(broken.id);
  await expect(constitution).toContainText(zh.bankProblem['bank.invalid']);
  await expect(home.problems.locator('[data-problem-file="half-copied.json"]')).toContainText(zh.bankProblem['bank.not-json']);
  await app.stop();
});

test('an impostor file cannot take a bundled bank’s place: the bundled bank loads, the impostor is named', async ({ page }) => {
  const banksDir = copyBanks();
  const real = JSON.parse(fs.readFileSync(path.join(banksDir, 'constitution.json'), 'utf8'));
  fs.writeFileSync(path.join(banksDir, 'a-copy.json'), JSON.stringify({ ...real, id: 'a-copy', title: '冒名题库' }));
  const app = await startWebApp({ banksDir });
  const home = new HomePage(page);
  await home.open(app.url);
  await expect(home.card('constitution')).toBeVisible();
  await expect(home.card('a-copy')).toHaveCount(0);
  const problem = home.problems.locator('[data-problem-file="a-copy.json"]');
  await expect(problem).toContainText(zh.bankProblem['bank.duplicate-question-id']);
  await expect(problem).toContainText('constitution.json');
  await app.stop();
});

test('a damaged settings file is moved aside, not lost, and the app says so', async ({ page }) => {
  const dataDir = tempDir('damaged');
  const garbage = '{"settings": {"language": "en", "fontSi';
  fs.writeFileSync(path.join(dataDir, 'settings.json'), garbage);
  const app = await startWebApp({ dataDir });
  const home = new HomePage(page);
  await home.open(app.url);
  const notice = page.locator('[data-notice="store.quarantined"]');
  await expect(notice).toBeVisible();
  const moved = fs.readdirSync(dataDir).find((f) => f.startsWith('settings.damaged-'));
  expect(moved).toBeDefined();
  expect(fs.readFileSync(path.join(dataDir, moved!), 'utf8')).toBe(garbage);
  await expect(notice).toContainText(moved!);
  await notice.getByRole('button', { name: zh.notice.dismiss }).click();
  await expect(notice).toHaveCount(0);
  await app.stop();
});

test('damaged history lines are reported once, not at every launch', async ({ page }) => {
  const dataDir = tempDir('history');
  fs.mkdirSync(path.join(dataDir, 'history'));
  fs.writeFileSync(path.join(dataDir, 'history', 'attempts-2026-01.jsonl'), 'garbage\n');
  const app = await startWebApp({ dataDir });
  const home = new HomePage(page);
  await home.open(app.url);
  await expect(page.locator('[data-notice="history.skipped-lines"]')).toBeVisible();
  await app.stop();
  const again = await startWebApp({ dataDir });
  await home.open(again.url);
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  await again.stop();
});
