import { QUESTION_TYPES } from '@core/scope/question-types';
import type { Scope } from '@core/scope/scope-schema';

/** The bank segment of a route that spans all banks (bank ids are lowercase letters, digits, dashes). */
export const ALL_BANKS = '*';

export const MODE_ROUTES = {
  /** The 练习方式 picker, for one bank or (without it) for all. */
  modes: '/modes/:bankId?',
  random: '/random/:seed/:bankId/:at?',
  randomChapter: '/random-chapter/:seed/:bankId/:chapterId/:at?',
  /** 专项练习: by type, tag or difficulty. */
  focus: '/focus/:kind/:value/:bankId/:at?',
  memorise: '/memorise/:bankId/:at?',
} as const;

type ModeScope = Extract<Scope, { kind: 'random' | 'type' | 'tag' | 'difficulty' }>;

/** The path of a mode scope; `bank` already encoded, `at` the "/n" suffix or ''. */
export function modePath(scope: ModeScope, bank: string, at: string): string {
  switch (scope.kind) {
    case 'random':
      return scope.chapterId === undefined ? `/random/${scope.seed}/${bank}${at}` : `/random-chapter/${scope.seed}/${bank}/${encodeURIComponent(scope.chapterId)}${at}`;
    case 'type':
      return `/focus/type/${scope.questionType}/${bank}${at}`;
    case 'tag':
      return `/focus/tag/${encodeURIComponent(scope.tag)}/${bank}${at}`;
    case 'difficulty':
      return `/focus/difficulty/${scope.level}/${bank}${at}`;
  }
}

export const modesPath = (bankId?: string): string => (bankId === undefined ? '/modes' : `/modes/${encodeURIComponent(bankId)}`);
export const memorisePath = (bankId: string | undefined, position?: number): string =>
  `/memorise/${bankId === undefined ? ALL_BANKS : encodeURIComponent(bankId)}${position === undefined ? '' : `/${position + 1}`}`;

/** The bank a route segment names, undefined for all banks. */
export const bankParam = (segment: string): string | undefined => (segment === ALL_BANKS ? undefined : segment);

/** A route's seed segment as a seed, or undefined when it is not one. */
export function seedParam(s: string): number | undefined {
  const n = Number(s);
  return /^\d{1,10}$/.test(s) && n <= 0xffffffff ? n : undefined;
}

/** A focus route's kind and value as a scope, or undefined when they name none. */
export function focusScope(kind: string, value: string, bankId: string | undefined): ModeScope | undefined {
  const bank = bankId === undefined ? {} : { bankId };
  if (kind === 'type') {
    const questionType = QUESTION_TYPES.find((q) => q === value);
    return questionType && { kind: 'type', questionType, ...bank };
  }
  if (kind === 'tag') return value.length > 0 ? { kind: 'tag', tag: value, ...bank } : undefined;
  if (kind === 'difficulty') {
    const level = ([1, 2, 3] as const).find((l) => String(l) === value);
    return level && { kind: 'difficulty', level, ...bank };
  }
  return undefined;
}
