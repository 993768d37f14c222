import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { PracticePage } from './pages/practice-page';
import { answerTexts } from './support/bank-key';
import { fill, locales } from './support/locales';
import { TINY, tinyBanksDir } from './support/tiny-bank';
import { startWebApp, tempDir } from './support/web-app';
import { checkAndShoot } from './support/check-and-shoot';

const zh = locales['zh-CN'];


const entry = (page: Page, questionId: string) => page.locator(`.mistake[data-question-id="${questionId}"]`);

async function openMistakes(page: Page, label: string) {
  await page.getByRole('navigation', { name: zh.nav.label }).getByRole('link', { name: label, exact: true }).click();
  await page.getByTestId('mistakes-page').waitFor();
}

test('a wrong answer enters the 错题本, shows the wrong choice, and leaves after 2 right answers', async ({ page }) => {
  const app = await startWebApp({ banksDir: tinyBanksDir() });
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise(TINY.id);
  const practice = new PracticePage(page, app.banksDir);
  const q = await practice.choose(false);
  await practice.submitAndConfirm();
  await openMistakes(page, zh.study.nav);
  const row = entry(page, q.id);
  await expect(row).toContainText(q.stem);
  await expect(row.getByTestId('missed')).toHaveText(fill(zh.study.missed_one, { count: 1 }));
  await expect(row.getByTestId('last-wrong')).toHaveText(fill(zh.study.lastWrong, { answer: answerTexts(q, false, { yes: '', no: '' }).join('') }));

  for (let round = 1; round <= 2; round++) {
    await page.locator('[data-action="practise-mistakes"]').click();
    expect(await practice.questionId()).toBe(q.id);
    await practice.choose(true);
    await practice.submitAndConfirm();
    await openMistakes(page, zh.study.nav);
  }
  await expect(entry(page, q.id)).toHaveCount(0);
  await expect(page.getByTestId('mistakes-empty')).toBeVisible();
  await app.stop();
});

test('the exit setting: with 1, one right answer takes a question out', async ({ page }) => {
  const app = await startWebApp({ banksDir: tinyBanksDir() });
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise(TINY.id);
  const practice = new PracticePage(page, app.banksDir);
  const q = await practice.choose(false);
  await practice.submitAndConfirm();
  await home.goToSettings();
  const group = page.getByRole('radiogroup', { name: zh.study.exitStreakSetting });
  const label = fill(zh.study.exitStreakChoice_other, { count: 1 });
  await group.getByText(label, { exact: true }).click();
  const one = group.getByRole('radio', { name: label, exact: true });
  await expect(one).toBeChecked();
  await openMistakes(page, zh.study.nav);
  await expect(page.getByText(fill(zh.study.intro, { count: 1 }))).toBeVisible();
  await page.locator('[data-action="practise-mistakes"]').click();
  expect(await practice.questionId()).toBe(q.id);
  await practice.choose(true);
  await practice.submitAndConfirm();
  await openMistakes(page, zh.study.nav);
  await expect(page.getByTestId('mistakes-empty')).toBeVisible();
  await app.stop();
});

test('remove by hand, and undo the removal', async ({ page }) => {
  const app = await startWebApp({ banksDir: tinyBanksDir() });
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise(TINY.id);
  const practice = new PracticePage(page, app.banksDir);
  const q = await practice.choose(false);
  await practice.submitAndConfirm();
  await openMistakes(page, zh.study.nav);
  await entry(page, q.id).locator('[data-action="remove-mistake"]').click();
  await expect(entry(page, q.id)).toHaveCount(0);
  await page.locator('[data-action="undo-remove"]').click();
  await expect(entry(page, q.id)).toBeVisible();
  await app.stop();
});

test('a favourite and a note survive a restart of the web host; a too-long note is refused', async ({ page }) => {
  const dataDir = tempDir('study');
  const banksDir = tinyBanksDir();
  let app = await startWebApp({ dataDir, banksDir });
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise(TINY.id);
  const practice = new PracticePage(page, banksDir);
  const q = await practice.choose(true);
  await practice.submitAndConfirm();
  await page.locator('[data-action="favourite"]').click();
  await expect(page.locator('[data-action="favourite"]')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('note-input').fill('x'.repeat(2001));
  await expect(page.getByTestId('note-too-long')).toBeVisible();
  await expect(page.locator('[data-action="save-note"]')).toBeDisabled();
  // Typing in the note must not move to another question.
  await page.getByTestId('note-input').fill('');
  await page.getByTestId('note-input').pressSequentially('AB 先听取陈述');
  await page.getByTestId('note-input').press('ArrowRight');
  expect(await practice.questionId()).toBe(q.id);
  await page.locator('[data-action="save-note"]').click();
  await expect(page.getByText(zh.study.noteSaved)).toBeVisible();
  await app.stop();

  app = await startWebApp({ dataDir, banksDir });
  await home.open(app.url);
  await expect(page.locator('[data-action="practise-favourites"]')).toHaveText(fill(zh.study.favouritesLink_one, { count: 1 }));
  await page.locator('[data-action="practise-favourites"]').click();
  expect(await practice.questionId()).toBe(q.id);
  await practice.choose(true);
  await practice.submitAndConfirm();
  await expect(page.locator('[data-action="favourite"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('note-input')).toHaveValue('AB 先听取陈述');
  await app.stop();
});

test('撤销本题作答 takes the answer back: the question is unanswered and the home count goes back', async ({ page }) => {
  const app = await startWebApp({ banksDir: tinyBanksDir() });
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise(TINY.id);
  const practice = new PracticePage(page, app.banksDir);
  await practice.choose(true);
  await practice.submitAndConfirm();
  await page.getByRole('link', { name: zh.nav.home, exact: true }).click();
  await expect(page.getByTestId('today')).toHaveText(fill(zh.home.today, { answered: 1, correct: 1 }));

  await home.practise(TINY.id);
  const q = await practice.choose(false);
  const slip = await practice.submitAndConfirm();
  await page.getByRole('button', { name: zh.study.undo }).click();
  await expect(practice.feedback).toHaveCount(0);
  await expect(page.getByRole('button', { name: zh.practice.submit })).toBeVisible();
  expect(await practice.questionId()).toBe(q.id);
  await page.getByRole('link', { name: zh.nav.home, exact: true }).click();
  await expect(page.getByTestId('today')).toHaveText(fill(zh.home.today, { answered: 1, correct: 1 }));
  await expect(page.locator('[data-action="open-mistakes"]')).toHaveAttribute('data-count', '0');
  const history = fs.readdirSync(path.join(app.dataDir, 'history')).filter((f) => f.endsWith('.jsonl'));
  const lines = history.flatMap((f) => fs.readFileSync(path.join(app.dataDir, 'history', f), 'utf8').trim().split('\n'));
  expect(lines.map((l) => JSON.parse(l) as { kind: string; target?: string }).at(-1)).toMatchObject({ kind: 'undo', target: slip });
  await app.stop();
});

for (const language of ['zh-CN', 'en'] as const)
  for (const fontSize of ['normal', 'x-large'] as const) {
    const name = `1366-${language}-${fontSize}`;
    test(`screens at ${name}: 错题本 and the star and note in feedback`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 1366, height: 768 });
      const text = locales[language];
      const dataDir = tempDir('study-screens');
      fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ settings: { language, fontSize, theme: 'light' } }));
      const app = await startWebApp({ dataDir, banksDir: tinyBanksDir() });
      const home = new HomePage(page, text);
      await home.open(app.url);
      await home.practise(TINY.id);
      const practice = new PracticePage(page, app.banksDir, text);
      for (let i = 0; i < 2; i++) {
        await practice.choose(false);
        await practice.submitAndConfirm();
        await practice.next();
      }
      await practice.choose(true);
      await practice.submitAndConfirm();
      await practice.feedback.scrollIntoViewIfNeeded();
      await checkAndShoot(page, `study-feedback-${name}`);
      await page.locator('[data-action="favourite"]').click();
      await expect(page.locator('[data-action="favourite"]')).toHaveAttribute('aria-pressed', 'true');
      await page.getByTestId('note-input').fill(language === 'en' ? 'Article 9 lists the kinds of penalty.' : '第九条列举处罚种类：警告、通报批评……');
      await page.locator('[data-action="save-note"]').click();
      await page.getByTestId('study-marks').scrollIntoViewIfNeeded();
      await checkAndShoot(page, `study-note-${name}`);
      await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.study.nav, exact: true }).click();
      await page.getByTestId('mistakes-page').waitFor();
      await checkAndShoot(page, `mistakes-${name}`);
      await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.home, exact: true }).click();
      await expect(page.locator('[data-action="practise-favourites"]')).toBeVisible();
      await checkAndShoot(page, `home-study-${name}`);
      await app.stop();
    });
  }
