import { createDispatch, type Dispatch } from '@core/ipc/dispatch';
import { argSchemas, type Handlers, type ResultOf } from './contract';
import type { HostContext } from './context';
import { appHandlers } from './app/handlers';
import { modesHandlers } from './modes/handlers';
import { bankHandlers } from './banks/handlers';
import { libraryHandlers } from './library/handlers';
import { searchHandlers } from './search/handlers';
import { practiceHandlers } from './practice/handlers';
import { settingsHandlers } from './settings/handlers';
import { studyHandlers } from './study/handlers';
import { statsHandlers } from './stats/handlers';
import { reviewHandlers } from './review/handlers';

/** The whole handler map; the type makes a missing channel a compile error. */
export function createHandlers(ctx: HostContext): Handlers {
  return { ...appHandlers(ctx), ...settingsHandlers(ctx), ...bankHandlers(ctx), ...practiceHandlers(ctx), ...libraryHandlers(ctx), ...studyHandlers(ctx), ...searchHandlers(ctx), ...statsHandlers(ctx), ...modesHandlers(ctx), ...reviewHandlers(ctx) };
}

export function createHostDispatch(ctx: HostContext): Dispatch {
  return createDispatch<typeof argSchemas, ResultOf>(argSchemas, createHandlers(ctx));
}
