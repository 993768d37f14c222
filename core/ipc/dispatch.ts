import { AppError, type Envelope } from './envelope';
import { argSchemas, type Handlers } from './contract';
import { isChannel } from './channels';

export type Dispatch = (channel: string, arg: unknown) => Promise<Envelope<unknown>>;

/**
 * The single entry point both hosts (Electron IPC, web HTTP) call: it checks the channel
 * and the argument, runs the handler and wraps every outcome in an envelope.
 */
export function createDispatch(handlers: Handlers, log: (e: unknown) => void = console.error): Dispatch {
  return async (channel, arg) => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'ipc.unknown-channel', message: `no channel ${channel}` } };
    const parsed = argSchemas[channel].safeParse(arg ?? {});
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
