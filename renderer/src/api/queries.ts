import { QueryClient, useQuery } from '@tanstack/react-query';
import type { ArgOf, Changes, Channel, ResultOf } from '@host/domains/contract';
import { call } from './client';

/** Channels that only read; their results are cached under [channel, arg]. */
type ReadChannel = 'app.bootstrap' | 'banks.list' | 'practice.open' | 'library.list' | 'library.law' | 'library.search' | 'search.questions' | 'stats.overview' | 'review.summary' | 'study.overview' | 'study.mistakes' | 'study.mark' | 'modes.overview' | 'modes.tags' | 'practice.reveal';

export const queryKey = <C extends ReadChannel>(channel: C, arg: ArgOf<C>) => [channel, arg] as const;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Data changes only through this page's own mutations, which patch the cache from
      // their `changes`; nothing goes stale behind its back.
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    },
  });
}

export function useHostQuery<C extends ReadChannel>(channel: C, arg: ArgOf<C>, options: { gcTime?: number } = {}) {
  return useQuery({ queryKey: queryKey(channel, arg), queryFn: () => call(channel, arg) as Promise<ResultOf[C]>, ...options });
}

/**
 * Folds a mutation's `changes` into every cached result that shows them, so the screens
 * update without asking the host again (Anki's OpOutput, Actual Budget's sync messages).
 */
export function applyChanges(client: QueryClient, changes: Changes): void {
  const { banks, questions, forgotten, today, settings, notices } = changes;
  if (banks || today) {
    client.setQueriesData<ResultOf['banks.list']>({ queryKey: ['banks.list'] }, (old) => {
      if (!old) return old;
      const byId = new Map((banks ?? []).map((b) => [b.id, b]));
      return { ...old, banks: old.banks.map((b) => byId.get(b.id) ?? b), today: today ?? old.today };
    });
  }
  if (questions) {
    client.setQueriesData<ResultOf['practice.open']>({ queryKey: ['practice.open'] }, (old) => {
      if (!old) return old;
      const mine = Object.entries(questions).filter(([id]) => old.items.some((i) => i.id === id));
      return mine.length ? { ...old, progress: { ...old.progress, ...Object.fromEntries(mine) } } : old;
    });
  }
  if (forgotten) {
    // An undone answer was the question's only one: it has no record any more.
    client.setQueriesData<ResultOf['practice.open']>({ queryKey: ['practice.open'] }, (old) => {
      if (!old || !forgotten.some((id) => id in old.progress)) return old;
      return { ...old, progress: Object.fromEntries(Object.entries(old.progress).filter(([id]) => !forgotten.includes(id))) };
    });
  }
  // The plan card's figures follow from every answer and from the plan's settings; the host
  // works them out (FSRS), so they are asked for again rather than patched here.
  if (questions || forgotten || settings) void client.invalidateQueries({ queryKey: ['review.summary'] });
  // The 错题本 and its counts follow from answers, undos and the exit setting (host/domains/study).
  if (questions || forgotten || settings) void client.invalidateQueries({ queryKey: ['study.overview'] });
  if (settings || notices) {
    client.setQueriesData<ResultOf['app.bootstrap']>({ queryKey: ['app.bootstrap'] }, (old) =>
      old ? { ...old, ...(settings && { settings, firstRun: false }), ...(notices && { notices }) } : old,
    );
  }
}

/** Runs a mutation channel and applies what it changed; the caller gets the result. */
export async function mutate<C extends Channel>(client: QueryClient, channel: C, arg: ArgOf<C>): Promise<ResultOf[C]> {
  const value = await call(channel, arg);
  const changes = (value as { changes?: Changes }).changes;
  if (changes) applyChanges(client, changes);
  return value;
}
