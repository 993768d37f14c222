import type { Handlers } from '../../core/ipc/contract';
import type { HostContext } from './context';
import { appHandlers } from './app-handlers';
import { bankHandlers } from './bank-handlers';
import { practiceHandlers } from './practice-handlers';

/** The whole handler map; the type makes a missing channel a compile error. */
export function createHandlers(ctx: HostContext): Handlers {
  return { ...appHandlers(ctx), ...bankHandlers(ctx), ...practiceHandlers(ctx) };
}
