import type { ArticleKey } from '@core/law/statute-schema';
import type { Scope } from '@core/scope/scope-schema';
import { ALL_BANKS, modePath } from '../modes/mode-routes';

/**
 * Screens live in the URL's hash (#/bank/constitution/12), which works the same under
 * Electron's app:// protocol and the web host: reload, Back/Forward and a bookmark keep the
 * screen and the question. `at` is a 1-based question number, or "done" for a finished round.
 */
export const ROUTES = {
  home: '/',
  settings: '/settings',
  bank: '/bank/:bankId/:at?',
  chapter: '/chapter/:bankId/:chapterId/:at?',
  wrong: '/wrong/:bankId/:at?',
  /** Questions citing one article, practised from the statute library. */
  article: '/article/:bankId/:law/:article/:at?',
  library: '/library',
  libraryLaw: '/library/:lawId',
  libraryArticle: '/library/:lawId/:article',
  /** Statistics: answers per day, accuracy, coverage, most-missed articles. */
  stats: '/stats',
  /** The questions a search found; bankId is ALL_BANKS for every bank, the query URL-encoded. */
  search: '/search/:bankId/:query/:at?',
  /** 今日复习: today's due queue; bankId is ALL_BANKS for every bank. */
  due: '/due/:bankId/:at?',
  /** 错题本: the list of questions got wrong; practised at mistakesPractice (bankId ALL_BANKS for every bank). */
  mistakes: '/mistakes',
  mistakesPractice: '/mistakes/practise/:bankId/:at?',
  /** 收藏: starred questions, practised (bankId ALL_BANKS for every bank). */
  favourites: '/favourites/:bankId/:at?',
} as const;

export type At = number | 'done' | undefined;

/** Where a scope is practised; `position` 0-based, `count` = finished. */
export function practicePath(scope: Scope, position?: number, count?: number): string {
  const at = position === undefined ? '' : `/${count !== undefined && position >= count ? 'done' : position + 1}`;
  const bank = encodeURIComponent(('bankId' in scope ? scope.bankId : undefined) ?? ALL_BANKS);
  switch (scope.kind) {
    case 'bank':
      return `/bank/${bank}${at}`;
    case 'chapter':
      return `/chapter/${bank}/${encodeURIComponent(scope.chapterId)}${at}`;
    case 'wrong':
      return `/wrong/${bank}${at}`;
    case 'article':
      return `/article/${bank}/${encodeURIComponent(scope.law)}/${scope.article}${at}`;
    case 'random':
    case 'type':
    case 'tag':
    case 'difficulty':
      return modePath(scope, bank, at);
    case 'search':
      return `/search/${bank}/${encodeURIComponent(scope.query)}${at}`;
    case 'due':
      return `/due/${bank}${at}`;
    case 'mistakes':
      return `/mistakes/practise/${bank}${at}`;
    case 'favourites':
      return `/favourites/${bank}${at}`;
  }
}

/** The library, a law's contents, or one article in it. */
export function libraryPath(lawId?: string, article?: ArticleKey): string {
  if (lawId === undefined) return ROUTES.library;
  return `/library/${encodeURIComponent(lawId)}${article === undefined ? '' : `/${article}`}`;
}

/** An article segment ("12", "preamble") as an article key, or undefined when it is not one. */
export function articleFromParam(s: string | undefined): ArticleKey | undefined {
  if (s === 'preamble') return 'preamble';
  const n = Number(s);
  return s !== undefined && /^[1-9]\d*$/.test(s) && Number.isSafeInteger(n) ? n : undefined;
}

/** The `at` segment as a 0-based position (`count` for done), or undefined when absent or not a number. */
export function positionFromAt(at: string | undefined, count: number): number | undefined {
  if (at === undefined) return undefined;
  if (at === 'done') return count;
  const n = Number(at);
  return Number.isInteger(n) && n >= 1 ? Math.min(n - 1, count) : undefined;
}
