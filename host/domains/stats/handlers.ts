import { buildStats } from '@core/stats/stats';
import { localDay } from '@core/time/day';
import type { DomainHandlers } from '../handler-types';
import type { HostContext } from '../context';
import type { statsArgs, StatsResults } from './contract';

/**
 * Statistics come from ctx.progress, which practice.answer keeps in step with the log: asking
 * costs one pass over the loaded questions and nothing at start-up.
 */
export function statsHandlers(ctx: HostContext): DomainHandlers<typeof statsArgs, StatsResults> {
  return {
    async 'stats.overview'() {
      const banks = ctx.banks.map(({ bank, items }) => ({ id: bank.id, title: bank.title, chapters: bank.chapters, laws: bank.laws, items }));
      return buildStats(banks, ctx.progress, localDay(ctx.now(), ctx.offsetOf));
    },
  };
}
