import type { PracticeItem } from '../practice/items';
import type { ProgressState } from '../progress/progress';
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

/** The questions a scope walks, in bank order (banks in the order given). */
export function scopeItems(scope: Scope, banks: readonly ScopeSource[], progress: ProgressState): ScopedItem[] {
  const bankId = scopeBank(scope);
  return banks
    .filter((b) => bankId === undefined || b.bankId === bankId)
    .flatMap((b) => bankItems(scope, b.items, progress).map((item) => ({ bankId: b.bankId, item })));
}

function bankItems(scope: Scope, items: readonly PracticeItem[], progress: ProgressState): PracticeItem[] {
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
  }
}

/**
 * A saved position made safe for today's items: `length` means the round is finished (the
 * learner answered the last question and went on); anything beyond is pulled back, since a
 * bank can shrink between versions.
 */
export function resumePosition(saved: number | undefined, length: number): number {
  return Math.max(0, Math.min(saved ?? 0, length));
}
