import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../domains/channels';
import type { LawdrillApi } from '../domains/contract';

// jsdom ships no type declarations (and @types/jsdom is not installed): describe the bit used.
type BridgeWindow = Window & typeof globalThis & { lawdrill: LawdrillApi };
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string; runScripts: 'outside-only' }) => { window: BridgeWindow };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

const source = fs.readFileSync(new URL('./bridge.js', import.meta.url), 'utf8');

/** Loads the bridge the way the server serves it, into a page at `url`, with `fetch` faked. */
function loadBridge(url: string, fetch: (input: string, init: RequestInit) => Promise<unknown>): BridgeWindow {
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url, runScripts: 'outside-only' });
  Object.assign(window, { fetch });
  expect(source).toContain('/*CHANNELS*/ []');
  window.eval(source.replace('/*CHANNELS*/ []', JSON.stringify(CHANNELS)));
  return window;
}

const answering = (body: unknown) => vi.fn(async (_input: string, _init: RequestInit) => ({ json: async () => body }));

describe('web bridge', () => {
  it('builds a frozen window.lawdrill with exactly one function per channel', () => {
    const window = loadBridge('http://127.0.0.1:5757/#token=abc', answering({}));
    expect(Object.keys(window.lawdrill).sort()).toEqual([...CHANNELS].sort());
    for (const c of CHANNELS) expect(typeof window.lawdrill[c]).toBe('function');
    expect(Object.isFrozen(window.lawdrill)).toBe(true);
    // A page script cannot swap the object out either.
    expect(Object.getOwnPropertyDescriptor(window, 'lawdrill')).toMatchObject({ writable: false, configurable: false });
    const before = window.lawdrill;
    window.eval('window.lawdrill = {};');
    expect(window.lawdrill).toBe(before);
  });

  it('moves the token from the URL fragment into this origin’s storage, so bookmarks and new tabs work', () => {
    const window = loadBridge('http://127.0.0.1:5757/practice?x=1#token=abc_-9', answering({}));
    expect(window.location.hash).toBe('');
    expect(window.location.href).toBe('http://127.0.0.1:5757/practice?x=1');
    expect(window.localStorage.getItem('lawdrill.token')).toBe('abc_-9');
  });

  it('POSTs JSON to /api/<channel> with the Bearer token and returns the envelope', async () => {
    const fetch = answering({ ok: true, value: { position: 2 } });
    const window = loadBridge('http://127.0.0.1:5757/#token=abc', fetch);
    const result = await window.lawdrill['practice.move']({ scope: { kind: 'bank', bankId: 'b' }, position: 2 });
    expect(result).toEqual({ ok: true, value: { position: 2 } });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [input, init] = fetch.mock.calls[0]!;
    expect(input).toBe('/api/practice.move');
    expect(init).toEqual({
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc' },
      body: JSON.stringify({ scope: { kind: 'bank', bankId: 'b' }, position: 2 }),
    });
  });

  it('sends {} when called without an argument', async () => {
    const fetch = answering({ ok: true, value: null });
    const window = loadBridge('http://127.0.0.1:5757/#token=abc', fetch);
    await (window.lawdrill['banks.list'] as () => Promise<unknown>)();
    expect(fetch.mock.calls[0]?.[1].body).toBe('{}');
  });

  it('without a token in the URL or the tab, sends an empty Bearer', async () => {
    const fetch = answering({ ok: false });
    const window = loadBridge('http://127.0.0.1:5757/', fetch);
    await window.lawdrill['app.bootstrap']({});
    expect(fetch.mock.calls[0]?.[1].headers).toMatchObject({ authorization: 'Bearer ' });
  });

  it('resolves to host.unreachable when the request fails', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const window = loadBridge('http://127.0.0.1:5757/#token=abc', fetch);
    await expect(window.lawdrill['app.bootstrap']({})).resolves.toEqual({
      ok: false,
      error: { code: 'host.unreachable', message: 'TypeError: Failed to fetch' },
    });
  });

  it('resolves to host.unreachable when the answer is not JSON', async () => {
    const fetch = vi.fn(async () => ({ json: async () => Promise.reject(new SyntaxError('Unexpected token <')) }));
    const window = loadBridge('http://127.0.0.1:5757/#token=abc', fetch);
    await expect(window.lawdrill['banks.list']({})).resolves.toMatchObject({ ok: false, error: { code: 'host.unreachable' } });
  });
});
