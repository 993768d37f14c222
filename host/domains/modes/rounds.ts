import crypto from 'node:crypto';
import { AppError } from '@core/ipc/envelope';
import { inRoundOrder } from '@core/practice/random-order';
import { positionKey, roundPlace, type Scope, type ScopedItem } from '@core/scope/scope';
import type { HostContext } from '../context';
import type { Round } from '../../store/round-store';

type RandomScope = Extract<Scope, { kind: 'random' }>;

/**
 * A random scope's items in its round's order. The first open of a seed at a place starts
 * the round: the order scopeItems computed from today's progress is stored, so later opens
 * (after answers, after a restart) walk the same list. A different seed at the same place
 * replaces the round and drops the old round's resume position.
 */
export function roundItems(ctx: HostContext, scope: RandomScope, computed: ScopedItem[]): ScopedItem[] {
  const place = roundPlace(scope);
  const current = ctx.rounds.get('rounds')[place];
  if (current?.seed === scope.seed) return inRoundOrder(computed, (s) => s.item.question.id, current.ids);
  startRound(ctx, scope, { seed: scope.seed, ids: computed.map((s) => s.item.question.id), startedAt: ctx.now() }, current);
  return computed;
}

function startRound(ctx: HostContext, scope: RandomScope, round: Round, old: Round | undefined): void {
  const place = roundPlace(scope);
  try {
    ctx.rounds.set('rounds', { ...ctx.rounds.get('rounds'), [place]: round });
    if (old) {
      const positions = { ...ctx.positions.get('positions') };
      delete positions[positionKey({ ...scope, seed: old.seed })];
      ctx.positions.set('positions', positions);
    }
  } catch (e) {
    throw new AppError('store.write-failed', `could not save the random round: ${(e as Error).message}`);
  }
}

/** The current round at a random scope's place, if one was started. */
export function currentRound(ctx: HostContext, place: string): Round | undefined {
  return ctx.rounds.get('rounds')[place];
}

/** A seed for a new round, different from the current one. */
export function newSeed(previous: number | undefined): number {
  let seed: number;
  do seed = crypto.randomInt(0, 0xffffffff);
  while (seed === previous);
  return seed;
}
