import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, app, dialog, ipcMain, net, protocol, session, type IpcMainInvokeEvent } from 'electron';
import ElectronStore from 'electron-store';
import { CHANNELS } from '../core/ipc/channels';
import { startupFailure } from '../host/startup-failure';
import { openHost, type Host } from '../host/open-host';
import { CONTENT_SECURITY_POLICY } from '../host/web/security';
import { setAppMenu } from './menu';
import { windowState } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const ORIGIN = 'app://lawdrill';

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// Tests (and portable installs) point the data folder elsewhere; must happen before the lock.
if (process.env.LAWDRILL_USER_DATA) app.setPath('userData', process.env.LAWDRILL_USER_DATA);
// A second launch hands over to the first (which focuses its window) and ends at once.
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) app.exit(0);

let win: BrowserWindow | null = null;

app.on('second-instance', () => {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
});

app.whenReady().then(() => {
  if (!isFirstInstance) return;
  const dataDir = app.getPath('userData');
  let host: Host;
  try {
    host = openHost({
      dataDir,
      banksDir: app.isPackaged ? path.join(process.resourcesPath, 'question-banks') : path.join(app.getAppPath(), 'question-banks'),
      openStore: (options) => new ElectronStore(options),
      systemLocale: app.getLocale(),
      onSettingsChanged: (s) => setAppMenu(s.language),
    });
  } catch (e) {
    const { title, message } = startupFailure(app.getLocale(), dataDir, e);
    dialog.showErrorBox(title, message);
    app.exit(1);
    return;
  }
  setAppMenu(host.ctx.settings.get('settings').language);

  protocol.handle('app', async (req) => {
    try {
      const rel = decodeURIComponent(new URL(req.url).pathname).replace(/^\/+/, '') || 'index.html';
      const file = path.resolve(rendererDir, rel);
      if (!file.startsWith(rendererDir + path.sep)) return new Response('Not found', { status: 404 });
      const res = await net.fetch(pathToFileURL(file).toString());
      const headers = new Headers(res.headers);
      headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      return new Response(res.body, { status: res.status, headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  // Only the app's own top frame may call the handlers.
  const fromOwnFrame = (e: IpcMainInvokeEvent) => e.sender === win?.webContents && e.senderFrame?.url.startsWith(`${ORIGIN}/`) === true;
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (e, arg: unknown) =>
      fromOwnFrame(e) ? host.dispatch(channel, arg) : { ok: false, error: { code: 'ipc.forbidden', message: 'not the app frame' } },
    );
  }

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  createWindow();
});

function createWindow() {
  const state = windowState();
  win = new BrowserWindow({
    ...state.bounds,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: 'LawDrill 法训',
    webPreferences: {
      preload: path.join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (state.maximized) win.maximize();
  state.track(win);
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.once('ready-to-show', () => win?.show());
  win.on('closed', () => (win = null));
  void win.loadURL(`${ORIGIN}/index.html`);
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (e) => e.preventDefault());
});

app.on('window-all-closed', () => app.quit());
