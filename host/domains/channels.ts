import { APP_CHANNELS } from './app/channels';
import { MODES_CHANNELS } from './modes/channels';
import { BANK_CHANNELS } from './banks/channels';
import { LIBRARY_CHANNELS } from './library/channels';
import { SEARCH_CHANNELS } from './search/channels';
import { PRACTICE_CHANNELS } from './practice/channels';
import { SETTINGS_CHANNELS } from './settings/channels';
import { STUDY_CHANNELS } from './study/channels';
import { STATS_CHANNELS } from './stats/channels';
import { REVIEW_CHANNELS } from './review/channels';

/**
 * Every channel, assembled from the domains' own lists. Kept free of schemas so the
 * sandboxed preload and the web bridge are built from it without pulling in zod.
 */
export const CHANNELS = [...APP_CHANNELS, ...SETTINGS_CHANNELS, ...BANK_CHANNELS, ...PRACTICE_CHANNELS, ...LIBRARY_CHANNELS, ...STUDY_CHANNELS, ...SEARCH_CHANNELS, ...STATS_CHANNELS, ...MODES_CHANNELS, ...REVIEW_CHANNELS] as const;
export type Channel = (typeof CHANNELS)[number];
