import { z } from 'zod';
import type { Snippet } from '@core/law/search-text';
import type { ArticleKey, StatuteArticle, StatuteHeading } from '@core/law/statute-schema';
import type { BankCount } from '../../library/citations';
import type { LibraryProblem } from '../../library/library';
import type { LIBRARY_CHANNELS } from './channels';

const id = z.string().min(1).max(200);

export const libraryArgs = {
  'library.list': z.object({}).strict(),
  'library.law': z.object({ lawId: id }).strict(),
  /** Substring search over the folded text (see core/law/search-text); one law, or all of them. */
  'library.search': z.object({ query: z.string().min(1).max(200), lawId: id.optional() }).strict(),
} satisfies Record<(typeof LIBRARY_CHANNELS)[number], z.ZodType>;

export interface LawHead {
  id: string;
  title: string;
  edition: string[];
  articleCount: number;
  /** Bundled questions citing any of its articles. */
  questionCount: number;
}

export interface LibraryArticle extends StatuteArticle {
  /** Questions citing this article, per bank that has any. */
  citedBy: BankCount[];
}

export interface LawDetail {
  law: LawHead;
  structure: StatuteHeading[];
  articles: LibraryArticle[];
  /** Titles of the banks named in `citedBy`, for their practise buttons. */
  banks: { id: string; title: string }[];
}

export interface SearchMatch {
  lawId: string;
  lawTitle: string;
  article: ArticleKey;
  label: string;
  /** The paragraph the snippet comes from (0-based). */
  paragraph: number;
  snippet: Snippet;
  /** Occurrences in the whole article. */
  count: number;
}

export interface SearchResult {
  /** Matching articles in all, and the first of them (statute order) sent. */
  total: number;
  matches: SearchMatch[];
}

export interface LibraryResults {
  'library.list': { laws: LawHead[]; problems: LibraryProblem[] };
  /** null when there is no such law in the library. */
  'library.law': LawDetail | null;
  'library.search': SearchResult;
}
