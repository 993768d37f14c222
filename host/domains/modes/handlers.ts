import { AppError } from '@core/ipc/envelope';
import type { PracticeItem } from '@core/practice/items';
import { roundPlace, type Scope } from '@core/scope/scope';
import type { DomainHandlers } from '../handler-types';
import type { HostContext } from '../context';
import { findBank, itemsOf, savedPosition } from '../banks/summary';
import type { modesArgs, ModesOverview, ModesResults, TagCount } from './contract';
import { currentRound, newSeed } from './rounds';

/** The items of one bank, or of every bank; an unknown bank is an error. */
function itemsIn(ctx: HostContext, bankId: string | undefined): { bankId: string; item: PracticeItem }[] {
  const banks = bankId === undefined ? ctx.banks : [findBank(ctx, bankId)];
  return banks.flatMap((b) => b.items.map((item) => ({ bankId: b.bank.id, item })));
}

/** Tags with their question counts, most used first, then by name. */
function tagCounts(items: readonly PracticeItem[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const { question } of items) for (const tag of new Set(question.tags ?? [])) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh-CN'));
}

export function modesHandlers(ctx: HostContext): DomainHandlers<typeof modesArgs, ModesResults> {
  return {
    async 'modes.overview'({ bankId }) {
      const scoped = itemsIn(ctx, bankId);
      const items = scoped.map((s) => s.item);
      const types: ModesOverview['types'] = { single: 0, multiple: 0, judge: 0, case: 0 };
      for (const i of items) types[i.caseSet ? 'case' : i.question.type]++;
      const difficulties = ([1, 2, 3] as const).map((level) => ({ level, count: items.filter((i) => i.question.difficulty === level).length }));
      const seenStore = ctx.seen.get('seen');
      const seen = scoped.filter((s) => seenStore[s.bankId]?.[s.item.question.id] !== undefined).length;
      const bank = bankId === undefined ? {} : { bankId };
      const round = currentRound(ctx, roundPlace({ kind: 'random', seed: 0, ...bank }));
      let current: ModesOverview['round'];
      if (round) {
        const scope: Scope = { kind: 'random', seed: round.seed, ...bank };
        const total = itemsOf(ctx, scope).length;
        current = { seed: round.seed, position: savedPosition(ctx, scope, total), total };
      }
      return { ...bank, total: items.length, types, difficulties, tags: tagCounts(items), ...(current && { round: current }), seen };
    },

    async 'modes.tags'({ bankId }) {
      const banks = bankId === undefined ? ctx.banks : [findBank(ctx, bankId)];
      return banks.map((b) => ({ bankId: b.bank.id, tags: tagCounts(b.items) }));
    },

    async 'modes.newRound'({ bankId, chapterId }) {
      const place = { ...(bankId !== undefined && { bankId }), ...(chapterId !== undefined && { chapterId }) };
      const seed = newSeed(currentRound(ctx, roundPlace({ kind: 'random', seed: 0, ...place }))?.seed);
      // Opening the scope starts the round (host/domains/modes/rounds.ts) and checks the place exists.
      itemsOf(ctx, { kind: 'random', seed, ...place });
      return { result: { seed }, changes: {} };
    },

    async 'modes.seen'({ bankId, questionIds }) {
      const loaded = findBank(ctx, bankId);
      for (const qid of questionIds) if (!loaded.byId.has(qid)) throw new AppError('question.not-found', `no question ${qid} in ${bankId}`);
      const all = ctx.seen.get('seen');
      const at = ctx.now();
      const mine = { ...all[bankId] };
      for (const qid of questionIds) mine[qid] = at;
      try {
        ctx.seen.set('seen', { ...all, [bankId]: mine });
      } catch (e) {
        throw new AppError('store.write-failed', `could not save what was seen: ${(e as Error).message}`);
      }
      return { result: { seen: Object.keys(mine).length }, changes: {} };
    },
  };
}
