export const STATS_CHANNELS = ['stats.overview'] as const;
