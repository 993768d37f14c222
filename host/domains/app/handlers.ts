import type { DomainHandlers } from '../handler-types';
import type { HostContext } from '../context';
import type { appArgs, AppResults } from './contract';

export function appHandlers(ctx: HostContext): DomainHandlers<typeof appArgs, AppResults> {
  return {
    async 'app.bootstrap'() {
      return { settings: ctx.settings.get('settings'), firstRun: ctx.firstRun, readOnly: ctx.readOnly, notices: ctx.notices };
    },
    async 'notices.dismiss'({ id }) {
      const i = ctx.notices.findIndex((n) => n.id === id);
      if (i >= 0) ctx.notices.splice(i, 1);
      return { result: ctx.notices, changes: { notices: [...ctx.notices] } };
    },
  };
}
