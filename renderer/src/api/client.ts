import type { ArgOf, Channel, LawdrillApi, ResultOf } from '@host/domains/contract';
import type { AppErrorShape, Envelope } from '@core/ipc/envelope';
import { connection } from './connection';

declare global {
  interface Window {
    lawdrill: LawdrillApi;
  }
}

/** Typed call to the host: the channel decides the argument and the result type. */
export async function send<C extends Channel>(channel: C, arg: ArgOf<C>): Promise<Envelope<ResultOf[C]>> {
  if (!window.lawdrill) return { ok: false, error: { code: 'host.unreachable', message: 'no host bridge' } };
  const r = await window.lawdrill[channel](arg);
  if (!r.ok && r.error.code === 'host.unreachable') connection.lost();
  return r;
}

/** A host error as a thrown value, for TanStack Query; the UI translates its code. */
export class HostError extends Error {
  constructor(readonly error: AppErrorShape) {
    super(error.message);
    this.name = 'HostError';
  }
}

/** `send`, unwrapped: the value, or a HostError. */
export async function call<C extends Channel>(channel: C, arg: ArgOf<C>): Promise<ResultOf[C]> {
  const r = await send(channel, arg);
  if (!r.ok) throw new HostError(r.error);
  return r.value;
}

export function errorOf(e: unknown): AppErrorShape {
  return e instanceof HostError ? e.error : { code: 'internal', message: String(e) };
}
