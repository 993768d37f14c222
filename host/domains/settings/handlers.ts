import { AppError } from '@core/ipc/envelope';
import { examDateProblem } from '@core/review/plan';
import { settingsSchema } from '@core/settings/settings';
import type { DomainHandlers } from '../handler-types';
import type { HostContext } from '../context';
import type { settingsArgs, SettingsResults } from './contract';

export function settingsHandlers(ctx: HostContext): DomainHandlers<typeof settingsArgs, SettingsResults> {
  return {
    async 'settings.update'(patch) {
      // A date already behind us would plan nothing: refuse it and keep what was set.
      if (patch.examDate && examDateProblem(patch.examDate, ctx.now(), ctx.offsetOf) === 'past')
        throw new AppError('settings.exam-date-past', `exam date ${patch.examDate} has passed`);
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
