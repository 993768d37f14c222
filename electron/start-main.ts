import path from 'node:path';
import { app, dialog, protocol, type BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import { startupFailure } from '@host/startup-failure';
import { openHost, type Host } from '@host/open-host';
import { APP_SCHEME } from './app-origin';
import { appProtocolHandler } from './app-protocol';
import { createAppWindow } from './app-window';
import { hardenSession } from './hardening';
import { registerChannels } from './ipc';
import { setAppMenu } from './menu';

export interface MainOptions {
  /** The folder holding the built main.js; renderer/ and preload/ sit beside it. */
  mainDir: string;
}

/**
 * Wires the Electron main process. Resolves once the window is open (or the launch has
 * ended: a second instance, or stores that cannot be opened).
 */
export async function startMain({ mainDir }: MainOptions): Promise<void> {
  const rendererDir = path.join(mainDir, '../renderer');
  const preloadPath = path.join(mainDir, '../preload/preload.cjs');

  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

  // Tests (and portable installs) point the data folder elsewhere; must happen before the lock.
  if (process.env.LAWDRILL_USER_DATA) app.setPath('userData', process.env.LAWDRILL_USER_DATA);
  // A second launch hands over to the first (which focuses its window) and ends at once,
  // before it opens any store the first one is writing.
  if (!app.requestSingleInstanceLock()) {
    app.exit(0);
    return;
  }

  let win: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  // session.defaultSession exists only once the app is ready.
  hardenSession();
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
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
  registerChannels(host.dispatch, () => win?.webContents);

  win = createAppWindow(preloadPath);
  win.on('closed', () => (win = null));
}
