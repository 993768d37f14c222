import type { z } from 'zod';
import type { Envelope } from '@core/ipc/envelope';
import { appArgs, type AppResults } from './app/contract';
import { modesArgs, type ModesResults } from './modes/contract';
import { bankArgs, type BankResults } from './banks/contract';
import { libraryArgs, type LibraryResults } from './library/contract';
import { searchArgs, type SearchResults } from './search/contract';
import { practiceArgs, type PracticeResults } from './practice/contract';
import { settingsArgs, type SettingsResults } from './settings/contract';
import { studyArgs, type StudyResults } from './study/contract';
import { statsArgs, type StatsResults } from './stats/contract';
import type { Channel } from './channels';
import { reviewArgs, type ReviewResults } from './review/contract';

export { CHANNELS, type Channel } from './channels';
export type { Changes, Mutation } from './changes';

/** Argument schema per channel, merged from the domains; `satisfies` keeps it and CHANNELS equal. */
export const argSchemas = { ...appArgs, ...settingsArgs, ...bankArgs, ...practiceArgs, ...libraryArgs, ...studyArgs, ...searchArgs, ...statsArgs, ...modesArgs, ...reviewArgs } satisfies Record<Channel, z.ZodType>;

export type ArgOf<C extends Channel> = z.infer<(typeof argSchemas)[C]>;
export type ResultOf = AppResults & SettingsResults & BankResults & PracticeResults & LibraryResults & StudyResults & SearchResults & StatsResults & ModesResults & ReviewResults;
export type Handlers = { [C in Channel]: (arg: ArgOf<C>) => Promise<ResultOf[C]> };

/** The one object a window gets (`window.lawdrill`): a method per channel, nothing else. */
export type LawdrillApi = { [C in Channel]: (arg: ArgOf<C>) => Promise<Envelope<ResultOf[C]>> };
