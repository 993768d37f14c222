import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@host/domains/channels';
import { CONTENT_SECURITY_POLICY } from '@host/static/csp';
import { smallBank, writeBank } from '@host/test-support/small-bank';
import { tempDir } from '@host/test-support/temp';
import { StandInContents, StandInEvent, app, record, resetStandIn, type StandInWindow } from './test-support/electron-stand-in';
import { startMain } from './start-main';

vi.mock('electron', async () => (await import('./test-support/electron-stand-in')).electronStandIn);
vi.mock('electron-store', async () => ({ default: (await import('./test-support/electron-stand-in')).StandInElectronStore }));

interface Launch {
  out: string;
  rendererDir: string;
  userData: string;
}

/** A built layout (out/main, out/renderer, a secret out/main/main.js) and an app folder with one bank. */
function layout(): Launch {
  const root = tempDir('lawdrill-main-');
  const out = path.join(root, 'out');
  const rendererDir = path.join(out, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(out, 'main'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>LawDrill</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(out, 'main', 'main.js'), 'SECRET main process code');
  const appPath = path.join(root, 'app');
  fs.mkdirSync(path.join(appPath, 'question-banks'), { recursive: true });
  writeBank(path.join(appPath, 'question-banks'), 'small.json', smallBank('small'));
  const userData = path.join(root, 'user-data');
  resetStandIn({ userData, appPath });
  return { out, rendererDir, userData };
}

async function launch(): Promise<Launch & { win: StandInWindow }> {
  const l = layout();
  await startMain({ mainDir: path.join(l.out, 'main') });
  expect(record.windows).toHaveLength(1);
  return { ...l, win: record.windows[0]! };
}

const appFrame = { url: 'app://lawdrill/index.html', parent: null };

function invoke(channel: string, event: unknown, arg: unknown = {}): Promise<unknown> {
  const handler = record.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler(event, arg));
}

function serve(url: string): Promise<Response> {
  const handler = record.protocolHandlers.get('app');
  if (!handler) throw new Error('app:// is not handled');
  return handler(new Request(url));
}

beforeEach(() => vi.stubEnv('LAWDRILL_USER_DATA', ''));
afterEach(() => vi.unstubAllEnvs());

describe('startMain', () => {
  it('creates every window isolated, sandboxed, without Node, with web security and the preload', async () => {
    const { out, win } = await launch();
    for (const w of record.windows) {
      expect(w.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        preload: path.join(out, 'preload', 'preload.cjs'),
      });
    }
    expect(win.loaded).toEqual(['app://lawdrill/index.html']);
    expect(record.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
  });

  it('registers every channel exactly once and nothing else', async () => {
    await launch();
    expect([...record.handled].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers ipc.forbidden to any frame but the app window’s own top frame, and dispatches for that one', async () => {
    const { win } = await launch();
    const forbidden = { ok: false, error: { code: 'ipc.forbidden' } };
    const callers = [
      { sender: new StandInContents(), senderFrame: appFrame },
      { sender: win.webContents, senderFrame: { url: 'https://example.invalid/', parent: null } },
      { sender: win.webContents, senderFrame: { url: 'app://lawdrill.evil/index.html', parent: null } },
      { sender: win.webContents, senderFrame: { url: 'app://lawdrill/index.html', parent: appFrame } },
      { sender: win.webContents, senderFrame: null },
    ];
    for (const event of callers) expect(await invoke('banks.list', event)).toMatchObject(forbidden);

    const answer = await invoke('banks.list', { sender: win.webContents, senderFrame: appFrame });
    expect(answer).toMatchObject({ ok: true });
    expect(JSON.stringify(answer)).toContain('"small"');
  });

  it('prevents navigation, denies new windows and refuses webviews', async () => {
    const { win } = await launch();
    const navigation = new StandInEvent();
    win.webContents.emit('will-navigate', navigation, 'https://example.invalid/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.invalid/' })).toEqual({ action: 'deny' });

    const contents = new StandInContents();
    app.emit('web-contents-created', new StandInEvent(), contents);
    const attach = new StandInEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });

  it('grants no permission', async () => {
    await launch();
    const granted = vi.fn();
    record.permissionRequestHandler?.(null, 'media', granted);
    expect(granted).toHaveBeenCalledExactlyOnceWith(false);
    expect(record.permissionCheckHandler?.(null, 'notifications')).toBe(false);
  });

  it.each([
    'app://lawdrill/../main/main.js',
    'app://lawdrill/%2e%2e/main/main.js',
    'app://lawdrill/..%2fmain%2fmain.js',
    'app://lawdrill/..%5cmain%5cmain.js',
    'app://lawdrill/%E0%A4%A',
    'app://lawdrill/missing.js',
    'app://lawdrill/assets',
  ])('answers 404 for %s', async (url) => {
    const { rendererDir } = await launch();
    const res = await serve(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('SECRET');
    for (const fetched of record.fetched) expect(fetched.startsWith(pathToFileURL(rendererDir).toString() + '/')).toBe(true);
  });

  it('serves files inside the renderer folder with the CSP', async () => {
    const { rendererDir } = await launch();
    const index = await serve('app://lawdrill/');
    expect(index.status).toBe(200);
    expect(index.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('<title>LawDrill</title>');
    const script = await serve('app://lawdrill/assets/app.js');
    expect(script.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await script.text()).toBe('console.log(1)');
    expect(record.fetched).toEqual([pathToFileURL(path.join(rendererDir, 'index.html')).toString(), pathToFileURL(path.join(rendererDir, 'assets', 'app.js')).toString()]);
  });

  it('restores and focuses the first window when a second instance starts', async () => {
    const { win } = await launch();
    win.minimized = true;
    app.emit('second-instance', new StandInEvent(), [], '/');
    expect(win.isMinimized()).toBe(false);
    expect(win.focusCount).toBe(1);
  });

  it('ends a second launch without the lock before it opens a store or a window', async () => {
    const { out, userData } = layout();
    record.hasLock = false;
    await startMain({ mainDir: path.join(out, 'main') });
    expect(record.exitCodes).toEqual([0]);
    expect(record.storesOpened).toEqual([]);
    expect(record.windows).toEqual([]);
    expect(record.handled).toEqual([]);
    expect(record.protocolHandlers.size).toBe(0);
    expect(fs.existsSync(userData)).toBe(false);
  });

  it('keeps its data in LAWDRILL_USER_DATA when that is set', async () => {
    const { out } = layout();
    const elsewhere = path.join(tempDir(), 'portable');
    vi.stubEnv('LAWDRILL_USER_DATA', elsewhere);
    await startMain({ mainDir: path.join(out, 'main') });
    expect(fs.existsSync(path.join(elsewhere, 'settings.json'))).toBe(true);
  });

  it('shows the startup failure and exits 1 when the data folder cannot be opened', async () => {
    const { out, userData } = layout();
    fs.writeFileSync(userData, 'a file where the folder should be');
    await startMain({ mainDir: path.join(out, 'main') });
    expect(record.errorBoxes).toHaveLength(1);
    expect(record.exitCodes).toEqual([1]);
    expect(record.windows).toEqual([]);
    expect(record.handled).toEqual([]);
  });
});
