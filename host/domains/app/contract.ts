import { z } from 'zod';
import type { Settings } from '@core/settings/options';
import type { Mutation } from '../changes';
import type { APP_CHANNELS } from './channels';
import type { Notice } from './notice';

export const appArgs = {
  'app.bootstrap': z.object({}).strict(),
  'notices.dismiss': z.object({ id: z.string().min(1).max(300) }).strict(),
} satisfies Record<(typeof APP_CHANNELS)[number], z.ZodType>;

export type { Notice } from './notice';

export interface AppResults {
  'app.bootstrap': { settings: Settings; firstRun: boolean; readOnly: boolean; notices: Notice[] };
  'notices.dismiss': Mutation<Notice[]>;
}
