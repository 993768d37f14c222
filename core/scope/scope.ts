import type { PracticeItem } from '../practice/items';
import { inRoundOrder, randomOrder } from '../practice/random-order';
import type { ProgressState } from '../progress/progress';
import { foldSearch, matchingPositions } from '../search/question-search';
import type { Scope } from './scope-schema';

export type { Scope };

/** One installed bank as scopes see it. */
export interface ScopeSource {
  bankId: string;
  items: readonly PracticeItem[];
  chapterIds: readonly string[];
}

/** A question a scope offers, with the bank it comes from (a scope may span banks). */
export interface ScopedItem {
  bankId: string;
  item: PracticeItem;
}

/** The bank a scope is limited to, if any. Kinds that span banks leave bankId out. */
export function scopeBank(scope: Scope): string | undefined {
  return 'bankId' in scope ? scope.bankId : undefined;
}

/** Why a scope has no items to offer, or `null` when it names something that exists. */
export function scopeProblem(scope: Scope, banks: readonly ScopeSource[]): 'bank.not-found' | 'chapter.not-found' | null {
  const bankId = scopeBank(scope);
  const bank = bankId === undefined ? undefined : banks.find((b) => b.bankId === bankId);
  if (bankId !== undefined && !bank) return 'bank.not-found';
  const chapterId = 'chapterId' in scope ? scope.chapterId : undefined;
  return chapterId !== undefined && !bank?.chapterIds.includes(chapterId) ? 'chapter.not-found' : null;
}

/** The learner's own lists, for the kinds that walk them (the host keeps them: host/domains/study). */
export interface StudyLists {
  /** Question ids in the 错题本 now. */
  mistakes: ReadonlySet<string>;
  favourites: ReadonlySet<string>;
  /** Today's review queue in its order (core/review/due.ts), for the 'due' kind. */
  due?: readonly string[];
}
const NO_LISTS: StudyLists = { mistakes: new Set(), favourites: new Set() };

/** The questions a scope walks, in bank order (banks in the order given). */
export function scopeItems(scope: Scope, banks: readonly ScopeSource[], progress: ProgressState, lists: StudyLists = NO_LISTS): ScopedItem[] {
  const bankId = scopeBank(scope);
  const found = banks
    .filter((b) => bankId === undefined || b.bankId === bankId)
    .flatMap((b) => bankItems(scope, b.items, progress, lists).map((item) => ({ bankId: b.bankId, item })));
  if (scope.kind === 'due') {
    // Most overdue first across banks, then new questions: the queue's order, not bank order.
    const rank = new Map((lists.due ?? []).map((id, i) => [id, i]));
    return found.sort((a, b) => rank.get(a.item.question.id)! - rank.get(b.item.question.id)!);
  }
  if (scope.kind !== 'random') return found;
  // The order of the progress given; the host keeps a round's order from its start (host/domains/modes).
  const order = randomOrder(found.map((s) => s.item.question.id), progress, scope.seed);
  return inRoundOrder(found, (s) => s.item.question.id, order);
}

function bankItems(scope: Scope, items: readonly PracticeItem[], progress: ProgressState, lists: StudyLists): PracticeItem[] {
  switch (scope.kind) {
    case 'bank':
      return [...items];
    case 'chapter':
      return items.filter((i) => i.chapterId === scope.chapterId);
    case 'wrong':
      return items.filter(
        (i) => (scope.chapterId === undefined || i.chapterId === scope.chapterId) && progress.questions.get(i.question.id)?.lastCorrect === false,
      );
    case 'article':
      return items.filter((i) => i.question.basis.some((c) => c.law === scope.law && c.article === scope.article));
    case 'mistakes':
      return items.filter((i) => (scope.chapterId === undefined || i.chapterId === scope.chapterId) && lists.mistakes.has(i.question.id));
    case 'favourites':
      return items.filter((i) => lists.favourites.has(i.question.id));
    case 'random':
      return scope.chapterId === undefined ? [...items] : items.filter((i) => i.chapterId === scope.chapterId);
    case 'type':
      return items.filter((i) => (scope.questionType === 'case' ? i.caseSet !== undefined : !i.caseSet && i.question.type === scope.questionType));
    case 'tag':
      return items.filter((i) => i.question.tags?.includes(scope.tag));
    case 'difficulty':
      return items.filter((i) => i.question.difficulty === scope.level);
    case 'due': {
      const due = new Set(lists.due);
      return items.filter((i) => due.has(i.question.id));
    }
    case 'search':
      return matchingPositions(items, foldSearch(scope.query)).map((p) => items[p]!);
  }
}

/** Where a scope's resume position is kept. Bank and chapter keys are those LawDrill 0.1 wrote. */
export function positionKey(scope: Scope): string {
  switch (scope.kind) {
    case 'bank':
      return scope.bankId;
    case 'chapter':
      return `${scope.bankId}/${scope.chapterId}`;
    case 'wrong':
      return `wrong:${scope.bankId}${scope.chapterId ? `/${scope.chapterId}` : ''}`;
    case 'article':
      return `article:${scope.bankId}/${scope.law}/${scope.article}`;
    case 'mistakes':
      return `mistakes:${scope.bankId ?? '*'}${scope.chapterId ? `/${scope.chapterId}` : ''}`;
    case 'favourites':
      return `favourites:${scope.bankId ?? '*'}`;
    case 'random':
      return `random:${scope.seed}:${roundPlace(scope)}`;
    case 'type':
      return `type:${scope.questionType}:${scope.bankId ?? '*'}`;
    case 'tag':
      return `tag:${scope.tag}:${scope.bankId ?? '*'}`;
    case 'difficulty':
      return `difficulty:${scope.level}:${scope.bankId ?? '*'}`;
    case 'search':
      // Folded, so "（一）" and "(一)" resume the same walk.
      return `search:${scope.bankId ?? '*'}:${foldSearch(scope.query)}`;
    case 'due':
      return `due:${scope.bankId ?? '*'}`;
  }
}

/** Where a random round is practised (all banks, a bank, a chapter): one current round per place. */
export function roundPlace(scope: Extract<Scope, { kind: 'random' }>): string {
  return `${scope.bankId ?? '*'}${scope.chapterId ? `/${scope.chapterId}` : ''}`;
}

/**
 * A saved position made safe for today's items: `length` means the round is finished (the
 * learner answered the last question and went on); anything beyond is pulled back, since a
 * bank can shrink between versions.
 */
export function resumePosition(saved: number | undefined, length: number): number {
  return Math.max(0, Math.min(saved ?? 0, length));
}
