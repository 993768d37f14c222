import type { Envelope } from './envelope';
import type { ArgOf, Channel, ResultOf } from './contract';

/** The one object a window gets (`window.lawdrill`): a method per channel, nothing else. */
export type LawdrillApi = { [C in Channel]: (arg: ArgOf<C>) => Promise<Envelope<ResultOf[C]>> };
