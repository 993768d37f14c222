import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createDispatch } from './dispatch';
import { AppError } from './envelope';

const schemas = {
  'demo.move': z.object({ bankId: z.string().min(1), position: z.number().int().nonnegative() }).strict(),
  'demo.none': z.object({}).strict(),
};
type Results = { 'demo.move': { position: number }; 'demo.none': string };
const unused = async (): Promise<never> => {
  throw new Error('handler should not run');
};

describe('createDispatch', () => {
  it('answers an unknown channel with ipc.unknown-channel, prototype keys included', async () => {
    const dispatch = createDispatch<typeof schemas, Results>(schemas, { 'demo.move': unused, 'demo.none': unused });
    expect(await dispatch('fs.readFile', {})).toEqual({ ok: false, error: { code: 'ipc.unknown-channel', message: expect.stringContaining('fs.readFile') } });
    for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(await dispatch(key, {})).toMatchObject({ ok: false, error: { code: 'ipc.unknown-channel' } });
    }
  });

  it('refuses an argument that does not fit the channel, without running the handler', async () => {
    const move = vi.fn(async () => ({ position: 0 }));
    const dispatch = createDispatch<typeof schemas, Results>(schemas, { 'demo.move': move, 'demo.none': unused });
    const bad = [{ bankId: 'b', position: -1 }, { bankId: 'b', position: 1.5 }, { bankId: '', position: 0 }, { bankId: 'b', position: 0, extra: 1 }, 'text'];
    for (const arg of bad) expect(await dispatch('demo.move', arg)).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    expect(move).not.toHaveBeenCalled();
  });

  it('wraps a result, an expected failure and an unexpected one in envelopes', async () => {
    const log = vi.fn();
    const ok = createDispatch<typeof schemas, Results>(schemas, { 'demo.move': async (a) => ({ position: a.position }), 'demo.none': async () => 'x' }, log);
    expect(await ok('demo.move', { bankId: 'b', position: 2 })).toEqual({ ok: true, value: { position: 2 } });
    expect(await ok('demo.none', undefined)).toEqual({ ok: true, value: 'x' });

    const failing = createDispatch<typeof schemas, Results>(
      schemas,
      {
        'demo.move': async () => {
          throw new AppError('store.write-failed', 'disk full');
        },
        'demo.none': async () => {
          throw new TypeError('boom');
        },
      },
      log,
    );
    expect(await failing('demo.move', { bankId: 'b', position: 0 })).toEqual({ ok: false, error: { code: 'store.write-failed', message: 'disk full' } });
    expect(await failing('demo.none', {})).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
    expect(log).toHaveBeenCalledTimes(1);
  });
});
