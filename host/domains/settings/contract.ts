import type { z } from 'zod';
import { settingsPatchSchema, type Settings } from '@core/settings/settings';
import type { Mutation } from '../changes';
import type { SETTINGS_CHANNELS } from './channels';

export const settingsArgs = {
  'settings.update': settingsPatchSchema,
} satisfies Record<(typeof SETTINGS_CHANNELS)[number], z.ZodType>;

export interface SettingsResults {
  'settings.update': Mutation<Settings>;
}
