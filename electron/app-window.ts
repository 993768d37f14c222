import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './app-origin';
import { windowState } from './window-state';

/**
 * The one app window: sandboxed, isolated, no Node, served from app:// only. It never
 * navigates away and never opens another window; the app has no external links.
 */
export function createAppWindow(preloadPath: string): BrowserWindow {
  const state = windowState();
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: 'LawDrill 法训',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // Middle-click would otherwise open links in a new window, around will-navigate.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) win.maximize();
  state.track(win);
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
