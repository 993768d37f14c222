import type { z } from 'zod';
import { AppError, type Envelope } from './envelope';

export type Dispatch = (channel: string, arg: unknown) => Promise<Envelope<unknown>>;

type Schemas = Record<string, z.ZodType>;
export type HandlersFor<S extends Schemas, R extends Record<keyof S, unknown>> = {
  [C in keyof S]: (arg: z.infer<S[C]>) => Promise<R[C]>;
};

/**
 * The single entry point both hosts (Electron IPC, web HTTP) call: it checks the channel
 * and the argument against the channel's schema, runs the handler and wraps every outcome
 * in an envelope. Nothing throws across the process boundary.
 */
export function createDispatch<S extends Schemas, R extends Record<keyof S, unknown>>(
  schemas: S,
  handlers: HandlersFor<S, R>,
  log: (e: unknown) => void = console.error,
): Dispatch {
  return async (channel, arg) => {
    // Object.hasOwn: "toString" or "__proto__" are not channels.
    if (!Object.hasOwn(schemas, channel)) return { ok: false, error: { code: 'ipc.unknown-channel', message: `no channel ${channel}` } };
    const parsed = schemas[channel]!.safeParse(arg ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'ipc.bad-request', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } };
    }
    try {
      const handler = handlers[channel] as (a: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message } };
      log(e);
      return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
    }
  };
}
