import { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Conf, { type Options } from 'conf';

/**
 * What the main process asks of Electron, recorded. It is not Electron: no window shows,
 * no page loads, no IPC crosses a process. Tests read `record`, call the handlers main
 * registered and emit the events Electron would emit.
 */

/** An Electron event: main may prevent its default. */
export class StandInEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: string };

export class StandInContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

interface WindowOptions {
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export class StandInWindow extends EventEmitter {
  readonly webContents = new StandInContents();
  readonly loaded: string[] = [];
  minimized = false;
  maximized = false;
  focusCount = 0;
  constructor(readonly options: WindowOptions) {
    super();
    record.windows.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  isMinimized = () => this.minimized;
  restore = () => void (this.minimized = false);
  focus = () => void this.focusCount++;
  maximize = () => void (this.maximized = true);
  isMaximized = () => this.maximized;
  show = () => {};
  getBounds = () => ({ x: 0, y: 0, width: 1100, height: 800 });
}

type InvokeHandler = (event: unknown, arg: unknown) => unknown;
type PermissionRequestHandler = (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (wc: unknown, permission: string) => boolean;

function freshRecord() {
  return {
    windows: [] as StandInWindow[],
    /** Every ipcMain.handle call in order, duplicates included. */
    handled: [] as string[],
    handlers: new Map<string, InvokeHandler>(),
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
    fetched: [] as string[],
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as PermissionCheckHandler | null,
    exitCodes: [] as number[],
    errorBoxes: [] as { title: string; message: string }[],
    storesOpened: [] as string[],
    paths: new Map<string, string>(),
    hasLock: true,
    appPath: '',
  };
}

export let record = freshRecord();

class StandInApp extends EventEmitter {
  readonly isPackaged = false;
  setPath = (name: string, value: string) => void record.paths.set(name, value);
  getPath = (name: string) => {
    const p = record.paths.get(name);
    if (p === undefined) throw new Error(`stand-in: no path '${name}' was set`);
    return p;
  };
  getAppPath = () => record.appPath;
  getLocale = () => 'en-US';
  requestSingleInstanceLock = () => record.hasLock;
  whenReady = () => Promise.resolve();
  exit = (code = 0) => void record.exitCodes.push(code);
  quit = () => {};
}

export const app = new StandInApp();

/** A new launch: empty record, no listeners; `userData` is what Electron would default to. */
export function resetStandIn(o: { userData: string; appPath: string; hasLock?: boolean }): void {
  record = freshRecord();
  record.paths.set('userData', o.userData);
  record.appPath = o.appPath;
  record.hasLock = o.hasLock ?? true;
  app.removeAllListeners();
}

export const electronStandIn = {
  app,
  BrowserWindow: StandInWindow,
  ipcMain: {
    handle(channel: string, handler: InvokeHandler) {
      record.handled.push(channel);
      record.handlers.set(channel, handler);
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => void record.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (req: Request) => Promise<Response>) => void record.protocolHandlers.set(scheme, handler),
  },
  net: {
    // Node's fetch cannot read file: URLs; this reads the file and says nothing about its type.
    async fetch(url: string): Promise<Response> {
      record.fetched.push(url);
      return new Response(await fs.readFile(fileURLToPath(url)), { status: 200 });
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: PermissionRequestHandler) => void (record.permissionRequestHandler = h),
      setPermissionCheckHandler: (h: PermissionCheckHandler) => void (record.permissionCheckHandler = h),
    },
  },
  dialog: { showErrorBox: (title: string, message: string) => void record.errorBoxes.push({ title, message }) },
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => {} },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
};

/**
 * electron-store is conf with Electron's defaults: the file lives in userData and `name`
 * names it. The stand-in is exactly that, so the host's real store code runs.
 */
export class StandInElectronStore<T extends Record<string, unknown>> extends Conf<T> {
  constructor(options: Options<T> & { name?: string } = {}) {
    const { name, ...rest } = options;
    const configName = rest.configName ?? name ?? 'config';
    record.storesOpened.push(configName);
    super({ cwd: app.getPath('userData'), ...rest, configName });
  }
}
