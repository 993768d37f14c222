import { expect, test, type Page } from '@playwright/test';
import { chineseNumeral } from '@core/law/article-label';
import { HomePage } from './pages/home-page';
import { LibraryPage } from './pages/library-page';
import { PracticePage } from './pages/practice-page';
import { SettingsPage } from './pages/settings-page';
import { fill, locales, type UiText } from './support/locales';
import { allStatutes, bundledStatute, citingQuestions } from './support/statute-info';
import { startWebApp } from './support/web-app';
import { checkAndShoot as shoot } from './support/check-and-shoot';

/** This spec's screens: nothing wider than the window. */
const checkAndShoot = (page: Page, name: string) => shoot(page, name, { noSideways: true });

const zh = locales['zh-CN'];
const LAW = 'administrative-penalty-law';

test.use({ viewport: { width: 1366, height: 768 } });

/** No serious or critical accessibility fault, nothing wider than the window; then a screenshot to look at. */

test('library: the laws, a law’s contents, an article, and a search with the matches marked', async ({ page }) => {
  const statute = bundledStatute(LAW);
  const app = await startWebApp();
  await new HomePage(page).open(app.url);
  const library = new LibraryPage(page);
  await library.openFromHeader();
  await expect(page.locator('header nav').getByRole('link', { name: zh.nav.library })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('a.law-card')).toHaveCount(10);
  await expect(page.locator('a.law-card').first()).toHaveAttribute('data-law', 'constitution');
  await checkAndShoot(page, 'library-zh');

  await library.lawCard(LAW).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(statute.title);
  await expect(library.contents).toContainText('第一章 总则');
  await expect(library.contents.locator('a.contents-article')).toHaveCount(statute.articles.length);
  await checkAndShoot(page, 'library-contents-zh');

  const art9 = statute.articles.find((a) => a.number === 9)!;
  await library.contentsArticle(9).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`第${chineseNumeral(9)}条`);
  await expect(library.articleText.locator('p')).toHaveText(art9.paragraphs);
  const citing = citingQuestions(LAW, LAW, 9);
  expect(citing.length).toBeGreaterThan(0);
  await expect(library.articleQuestions.getByRole('heading')).toHaveText(fill(zh.library.cited, { count: citing.length }));

  // Back returns to the contents it came from; the search there is within this law.
  await library.back();
  await expect(library.contents).toBeVisible();
  const phrase = '没收违法所得';
  const containing = statute.articles.filter((a) => a.paragraphs.some((p) => p.includes(phrase)));
  await library.search(zh.library.search.law, phrase);
  await expect(library.results.getByRole('heading', { level: 2 })).toHaveText(fill(zh.library.search.found, { count: containing.length, query: phrase }));
  await expect(library.results.locator('a.search-hit')).toHaveCount(containing.length);
  for (const mark of await library.results.locator('mark').all()) await expect(mark).toHaveText(phrase);
  await checkAndShoot(page, 'library-search-zh');

  // Full-width text is found with a half-width query, and marked as written in the statute.
  await library.search(zh.library.search.law, '(一)警告');
  await expect(library.results.locator('mark').first()).toHaveText('（一）警告');

  // Across all laws, from the library's own search box; a hit opens its article; Back keeps the results.
  const across = '申请行政复议或者提起行政诉讼';
  const hits = allStatutes().flatMap((s) => s.articles.filter((a) => a.paragraphs.some((p) => p.includes(across))).map((a) => `${s.id}/${a.number}`));
  expect(new Set(hits.map((h) => h.split('/')[0])).size).toBeGreaterThan(2);
  await library.openFromHeader();
  await library.search(zh.library.search.all, across);
  await expect(library.results.getByRole('heading', { level: 2 })).toHaveText(fill(zh.library.search.found, { count: hits.length, query: across }));
  expect((await library.results.locator('a.search-hit').evaluateAll((as) => as.map((a) => a.getAttribute('data-article')))).sort()).toEqual([...hits].sort());
  await library.result(LAW, 7).click();
  await expect(library.article).toHaveAttribute('data-article', '7');
  await library.back();
  await expect(library.result(LAW, 7)).toBeVisible();

  // The civil code's 1,260 articles open folded by book; a book shows its 分编, chapters and sections.
  await page.getByRole('button', { name: zh.library.search.clear }).click();
  await library.lawCard('civil-code').click();
  await expect(library.contents.locator('details[open]')).toHaveCount(0);
  await library.contents.locator('summary', { hasText: '物权编' }).click();
  await expect(library.contents.getByRole('heading', { name: '第一分编 通则' })).toBeVisible();
  await library.contents.getByRole('heading', { name: '第十七章 抵押权' }).scrollIntoViewIfNeeded();
  await checkAndShoot(page, 'library-civil-code-zh');
  await app.stop();
});

test('a feedback citation opens its article; the article’s questions can be practised', async ({ page }) => {
  const app = await startWebApp();
  const home = new HomePage(page);
  await home.open(app.url);
  await home.practise(LAW);
  const practice = new PracticePage(page, app.banksDir);
  const q = await practice.choose(true);
  const questionId = await practice.questionId();
  await practice.submit();
  const cited = q.basis[0]!;
  const link = practice.feedback.locator(`a[data-citation="${cited.law}/${cited.article}"]`).first();
  await expect(link).toBeVisible();
  await link.scrollIntoViewIfNeeded();
  await checkAndShoot(page, 'feedback-citation-zh');
  await link.click();
  const library = new LibraryPage(page);
  await expect(library.article).toHaveAttribute('data-law', cited.law);
  await expect(library.article).toHaveAttribute('data-article', String(cited.article));
  await expect(page).toHaveURL(new RegExp(`#/library/${cited.law}/${cited.article}$`));
  await library.back();
  await expect(practice.root).toHaveAttribute('data-question-id', questionId);

  // The article's questions, from the library.
  const article = 9;
  const citing = citingQuestions(LAW, LAW, article);
  await library.openFromHeader();
  await library.lawCard(LAW).click();
  await library.contentsArticle(article).click();
  await library.articleQuestions.locator('[data-action="practise-article"]').click();
  await expect(practice.position).toHaveText(fill(zh.practice.position, { n: 1, total: citing.length }));
  await expect(page.locator('.practice-chapter')).toHaveText(`第${chineseNumeral(article)}条`);
  expect(citing).toContain(await practice.questionId());
  await practice.choose(true);
  await practice.submit();
  await expect(practice.feedback).toHaveAttribute('data-correct', 'true');
  await expect(practice.feedback.locator(`a[data-citation="${LAW}/${article}"]`).first()).toBeVisible();
  await app.stop();
});

for (const language of ['zh-CN', 'en'] as const) {
  test(`library screens at extra-large text and in ${language}`, async ({ page }) => {
    const text: UiText = locales[language];
    const app = await startWebApp();
    const home = new HomePage(page);
    await home.open(app.url);
    await home.goToSettings();
    const settings = new SettingsPage(page);
    await settings.setLanguage(zh, language);
    const library = new LibraryPage(page, text);
    const tag = language === 'zh-CN' ? 'zh' : 'en';
    if (language === 'en') {
      await library.openFromHeader();
      await library.lawCard('constitution').click();
      await expect(library.contents).toContainText('序言');
      await checkAndShoot(page, 'library-contents-en');
      await library.search(text.library.search.law, '人民代表大会');
      await expect(library.results.locator('mark').first()).toHaveText('人民代表大会');
      await checkAndShoot(page, 'library-search-en');
      // The law's search is kept for the session; clear it to see the contents again.
      await page.getByRole('button', { name: text.library.search.clear }).click();
      await expect(library.contents).toBeVisible();
      await page.locator('header nav').getByRole('link', { name: text.nav.settings, exact: true }).click();
    }
    await settings.setFontSize(text, 'x-large');
    await expect(page.locator('html')).toHaveAttribute('data-font-size', 'x-large');
    // English also in the dark theme, so contrast is checked in both.
    if (language === 'en') await settings.choose(text.settings.theme, text.settings.themes.dark);
    await library.openFromHeader();
    await checkAndShoot(page, `library-xl-${tag}`);
    await library.lawCard('constitution').click();
    await library.contentsArticle('preamble').click();
    await expect(library.articleText.locator('p').first()).toContainText('中国是世界上历史最悠久的国家之一');
    await library.page.locator('a[rel="next"]').click();
    await expect(library.article).toHaveAttribute('data-article', '1');
    await checkAndShoot(page, `article-xl-${tag}`);
    await page.locator('.breadcrumb a').click();
    await library.search(text.library.search.law, '国家');
    await expect(library.results.locator('mark').first()).toHaveText('国家');
    await checkAndShoot(page, `library-search-xl-${tag}`);
    await app.stop();
  });
}
