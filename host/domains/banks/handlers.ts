import type { DomainHandlers } from '../handler-types';
import type { HostContext } from '../context';
import type { bankArgs, BankResults } from './contract';
import { bankSummary, today } from './summary';

export function bankHandlers(ctx: HostContext): DomainHandlers<typeof bankArgs, BankResults> {
  return {
    async 'banks.list'() {
      return { banks: ctx.banks.map((b) => bankSummary(ctx, b)), problems: ctx.bankProblems, today: today(ctx) };
    },
  };
}
