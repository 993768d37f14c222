import type { LawdrillApi } from '../../../core/ipc/api';
import type { ArgOf, Channel, ResultOf } from '../../../core/ipc/contract';
import type { Envelope } from '../../../core/ipc/envelope';

declare global {
  interface Window {
    lawdrill: LawdrillApi;
  }
}

/** Typed call to the host: the channel decides the argument and the result type. */
export function send<C extends Channel>(channel: C, arg: ArgOf<C>): Promise<Envelope<ResultOf[C]>> {
  if (!window.lawdrill) return Promise.resolve({ ok: false, error: { code: 'host.unreachable', message: 'no host bridge' } });
  return window.lawdrill[channel](arg);
}
