import { settingsSchema } from '../../core/settings/settings';
import type { Handlers } from '../../core/ipc/contract';
import type { HostContext } from './context';

export function appHandlers(ctx: HostContext): Pick<Handlers, 'app.bootstrap' | 'settings.update' | 'notices.dismiss'> {
  return {
    async 'app.bootstrap'() {
      return { settings: ctx.settings.get('settings'), notices: ctx.notices };
    },
    async 'settings.update'(patch) {
      const next = settingsSchema.parse({ ...ctx.settings.get('settings'), ...patch });
      ctx.settings.set('settings', next);
      ctx.onSettingsChanged(next);
      return next;
    },
    async 'notices.dismiss'({ id }) {
      const i = ctx.notices.findIndex((n) => n.id === id);
      if (i >= 0) ctx.notices.splice(i, 1);
      return ctx.notices;
    },
  };
}
