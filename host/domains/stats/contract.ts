import { z } from 'zod';
import type { StatsReport } from '@core/stats/stats';
import type { STATS_CHANNELS } from './channels';

export const statsArgs = {
  'stats.overview': z.object({}).strict(),
} satisfies Record<(typeof STATS_CHANNELS)[number], z.ZodType>;

export interface StatsResults {
  'stats.overview': StatsReport;
}
