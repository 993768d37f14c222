import { z } from 'zod';
import type { Snippet } from '@core/law/search-text';
import type { ArticleKey } from '@core/law/statute-schema';
import type { Question } from '@core/bank/schema';
import type { MatchField } from '@core/search/question-search';
import type { SEARCH_CHANNELS } from './channels';

const id = z.string().min(1).max(200);

/** The most results one search sends; `total` still counts them all. */
export const MAX_LIMIT = 200;

export const searchArgs = {
  /** Substring search over every question's folded text (see core/search/question-search). */
  'search.questions': z
    .object({
      query: z.string().min(1).max(200),
      bankId: id.optional(),
      limit: z.number().int().positive().max(MAX_LIMIT).optional(),
    })
    .strict(),
} satisfies Record<(typeof SEARCH_CHANNELS)[number], z.ZodType>;

export interface SearchHit {
  field: MatchField;
  /** Which option (or quoted article) matched, 0-based; 0 for the others. */
  index: number;
  snippet: Snippet;
  count: number;
}

export interface QuestionMatch {
  bankId: string;
  bankTitle: string;
  questionId: string;
  type: Question['type'];
  /** Its place in the bank (0-based): a bank session opened there shows it. */
  position: number;
  /** The article it rests on: the one whose quote matched, else the first it cites. */
  article: { law: string; lawTitle: string; article: ArticleKey };
  /** The fields holding the query, in the order the question shows them. */
  hits: SearchHit[];
}

export interface QuestionSearchResult {
  /** Matching questions in all (a search scope on the same query walks exactly these). */
  total: number;
  matches: QuestionMatch[];
}

export interface SearchResults {
  'search.questions': QuestionSearchResult;
}
