import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from './dispatch';
import { AppError } from './envelope';
import type { Handlers } from './contract';

const unused = async (): Promise<never> => {
  throw new Error('handler should not run');
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const all: Handlers = {
    'app.bootstrap': unused,
    'settings.update': unused,
    'notices.dismiss': unused,
    'banks.list': unused,
    'banks.open': unused,
    'practice.answer': unused,
    'practice.move': unused,
  };
  return { ...all, ...overrides };
}

describe('createDispatch', () => {
  it('answers an unknown channel with ipc.unknown-channel', async () => {
    const dispatch = createDispatch(handlers());
    expect(await dispatch('fs.readFile', {})).toEqual({ ok: false, error: { code: 'ipc.unknown-channel', message: expect.stringContaining('fs.readFile') } });
    // Prototype keys are not channels either.
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'ipc.unknown-channel' } });
  });

  it('refuses an argument that does not fit the channel, without running the handler', async () => {
    const move = vi.fn(async () => ({ position: 0 }));
    const dispatch = createDispatch(handlers({ 'practice.move': move }));
    const bad = [{ bankId: 'b', position: -1 }, { bankId: 'b', position: 1.5 }, { bankId: '', position: 0 }, { bankId: 'b', position: 0, extra: 1 }, 'text'];
    for (const arg of bad) {
      expect(await dispatch('practice.move', arg)).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    }
    expect(move).not.toHaveBeenCalled();
  });

  it('names the offending field in a bad-request message', async () => {
    const result = await createDispatch(handlers())('practice.move', { bankId: 'b', position: -4 });
    expect(result.ok ? '' : result.error.message).toContain('position');
  });

  it('passes the parsed argument and wraps the value in {ok:true}', async () => {
    const move = vi.fn(async ({ position }: { bankId: string; position: number }) => ({ position: position + 1 }));
    const dispatch = createDispatch(handlers({ 'practice.move': move }));
    expect(await dispatch('practice.move', { bankId: 'b', position: 2 })).toEqual({ ok: true, value: { position: 3 } });
    expect(move).toHaveBeenCalledWith({ bankId: 'b', position: 2 });
  });

  it('treats a missing argument as {} for channels that take none', async () => {
    const list = vi.fn(async () => ({ banks: [], problems: [] }));
    const dispatch = createDispatch(handlers({ 'banks.list': list }));
    expect(await dispatch('banks.list', undefined)).toEqual({ ok: true, value: { banks: [], problems: [] } });
  });

  it('turns an AppError into its own code, without logging it', async () => {
    const log = vi.fn();
    const dispatch = createDispatch(handlers({ 'banks.open': async () => { throw new AppError('bank.not-found', 'no bank x'); } }), log);
    expect(await dispatch('banks.open', { bankId: 'x' })).toEqual({ ok: false, error: { code: 'bank.not-found', message: 'no bank x' } });
    expect(log).not.toHaveBeenCalled();
  });

  it('turns any other throw into internal and logs it', async () => {
    const log = vi.fn();
    const boom = new TypeError('boom');
    const dispatch = createDispatch(handlers({ 'app.bootstrap': async () => { throw boom; } }), log);
    expect(await dispatch('app.bootstrap', {})).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
    expect(log).toHaveBeenCalledWith(boom);
  });

  it('handles a thrown non-Error value', async () => {
    const log = vi.fn();
    const dispatch = createDispatch(handlers({ 'app.bootstrap': async () => { throw 'plain string'; } }), log);
    expect(await dispatch('app.bootstrap', {})).toEqual({ ok: false, error: { code: 'internal', message: 'plain string' } });
    expect(log).toHaveBeenCalledOnce();
  });
});
