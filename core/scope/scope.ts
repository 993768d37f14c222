import type { PracticeItem } from '../practice/items';
import type { ProgressState } from '../progress/progress';
import type { Scope } from './scope-schema';

export type { Scope };

export interface ScopeSource {
  items: readonly PracticeItem[];
  chapterIds: readonly string[];
}

/** Why a scope has no items to offer, or `null` when it names something that exists. */
export function scopeProblem(scope: Scope, source: ScopeSource): 'chapter.not-found' | null {
  const chapterId = scope.kind === 'chapter' || scope.kind === 'wrong' ? scope.chapterId : undefined;
  return chapterId !== undefined && !source.chapterIds.includes(chapterId) ? 'chapter.not-found' : null;
}

export function scopeItems(scope: Scope, source: ScopeSource, progress: ProgressState): PracticeItem[] {
  const { items } = source;
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
