import type { Locator, Page } from '@playwright/test';
import { locales, type UiText } from '../support/locales';

/** The statute library: law list, a law's contents, an article, and the search boxes. */
export class LibraryPage {
  constructor(
    readonly page: Page,
    readonly text: UiText = locales['zh-CN'],
  ) {}

  /** The header's link, not any other navigation on the page. */
  async openFromHeader() {
    await this.page.locator('header nav').getByRole('link', { name: this.text.nav.library, exact: true }).click();
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.text.library.title });
  }

  lawCard(lawId: string): Locator {
    return this.page.locator(`a.law-card[data-law="${lawId}"]`);
  }

  get contents(): Locator {
    return this.page.locator('section.contents');
  }

  contentsArticle(article: number | 'preamble'): Locator {
    return this.contents.locator(`a[data-article="${article}"]`);
  }

  get article(): Locator {
    return this.page.locator('article.article-view');
  }

  get articleText(): Locator {
    return this.article.locator('.article-text');
  }

  get articleQuestions(): Locator {
    return this.page.getByTestId('article-questions');
  }

  async back() {
    await this.page.locator('[data-action="back"]').click();
  }

  async search(label: string, query: string) {
    const box = this.page.getByRole('search', { name: label });
    await box.getByRole('searchbox').fill(query);
    await box.getByRole('button', { name: this.text.library.search.submit, exact: true }).click();
  }

  get results(): Locator {
    return this.page.getByTestId('search-results');
  }

  result(lawId: string, article: number | 'preamble'): Locator {
    return this.results.locator(`a[data-article="${lawId}/${article}"]`);
  }
}
