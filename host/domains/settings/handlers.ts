import { AppError } from '@core/ipc/envelope';
import { settingsSchema } from '@core/settings/settings';
import type { DomainHandlers } from '../handler-types';
import type { HostContext } from '../context';
import type { settingsArgs, SettingsResults } from './contract';

export function settingsHandlers(ctx: HostContext): DomainHandlers<typeof settingsArgs, SettingsResults> {
  return {
    async 'settings.update'(patch) {
      const next = settingsSchema.parse({ ...ctx.settings.get('settings'), ...patch });
      try {
        ctx.settings.set('settings', next);
      } catch (e) {
        // The screen must not show a setting the disk did not keep.
        throw new AppError('store.write-failed', `could not save the settings: ${(e as Error).message}`);
      }
      ctx.firstRun = false;
      ctx.onSettingsChanged(next);
      return { result: next, changes: { settings: next } };
    },
  };
}
