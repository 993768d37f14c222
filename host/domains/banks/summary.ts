import { AppError } from '@core/ipc/envelope';
import { summarize, type DayTally } from '@core/progress/progress';
import { positionKey, resumePosition, scopeItems, scopeProblem, type Scope, type ScopedItem, type ScopeSource } from '@core/scope/scope';
import { localDay } from '@core/time/day';
import type { PracticeItem } from '@core/practice/items';
import type { LoadedBank } from '../../banks/load-banks';
import type { HostContext } from '../context';
import { studyListsOf } from '../study/state';
import { roundItems } from '../modes/rounds';
import { dueLists } from '../review/queue';
import type { BankHead, BankSummary, ScopeSummary } from './contract';

export function findBank(ctx: HostContext, bankId: string): LoadedBank {
  const found = ctx.banks.find((b) => b.bank.id === bankId);
  if (!found) throw new AppError('bank.not-found', `no bank ${bankId}`);
  return found;
}

export function scopeSources(ctx: HostContext): ScopeSource[] {
  return ctx.banks.map((b) => ({ bankId: b.bank.id, items: b.items, chapterIds: b.bank.chapters.map((c) => c.id) }));
}

/** The items a scope walks now, or a not-found error naming what is missing. */
export function itemsOf(ctx: HostContext, scope: Scope): ScopedItem[] {
  const sources = scopeSources(ctx);
  const problem = scopeProblem(scope, sources);
  if (problem) throw new AppError(problem, `${problem}: ${JSON.stringify(scope)}`);
  const lists = scope.kind === 'due' ? dueLists(ctx, scope.bankId) : scope.kind === 'mistakes' || scope.kind === 'favourites' ? studyListsOf(ctx) : undefined;
  const items = scopeItems(scope, sources, ctx.progress, lists);
  // A random round keeps the order it started with (host/domains/modes/rounds.ts).
  return scope.kind === 'random' ? roundItems(ctx, scope, items) : items;
}

export function savedPosition(ctx: HostContext, scope: Scope, length: number): number {
  return resumePosition(ctx.positions.get('positions')[positionKey(scope)], length);
}

function scopeSummary(ctx: HostContext, scope: Scope, items: readonly PracticeItem[]): ScopeSummary {
  return {
    progress: summarize(
      items.map((i) => i.question.id),
      ctx.progress,
    ),
    position: savedPosition(ctx, scope, items.length),
  };
}

export function bankHead({ bank }: LoadedBank): BankHead {
  return { id: bank.id, title: bank.title, version: bank.version, laws: bank.laws.map(({ id, title }) => ({ id, title })) };
}

export function bankSummary(ctx: HostContext, loaded: LoadedBank): BankSummary {
  const bankId = loaded.bank.id;
  const chapters = loaded.bank.chapters.map((c) => {
    const scope: Scope = { kind: 'chapter', bankId, chapterId: c.id };
    return { ...c, ...scopeSummary(ctx, scope, itemsOf(ctx, scope).map((s) => s.item)) };
  });
  const wrong = loaded.questionIds.filter((id) => ctx.progress.questions.get(id)?.lastCorrect === false).length;
  return { ...bankHead(loaded), group: loaded.bank.group ?? 'other', chapters, wrong, ...scopeSummary(ctx, { kind: 'bank', bankId }, loaded.items) };
}

export function today(ctx: HostContext): DayTally {
  return ctx.progress.days.get(localDay(ctx.now(), ctx.offsetOf)) ?? { answered: 0, correct: 0 };
}
