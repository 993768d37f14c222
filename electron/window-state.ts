import { screen, type BrowserWindow, type Rectangle } from 'electron';
import ElectronStore from 'electron-store';

type WindowState = { bounds?: Rectangle; maximized?: boolean };

const DEFAULT = { width: 1100, height: 800 };

/** Remembers size and position; ignores saved bounds that no longer fit any display. */
export function windowState() {
  // Only window geometry lives here: a damaged file may simply start over.
  const store = new ElectronStore<WindowState>({ name: 'window-state', clearInvalidConfig: true });
  const saved = store.get('bounds');
  const visible = saved && screen.getAllDisplays().some((d) => intersects(d.workArea, saved));
  return {
    bounds: visible && saved ? saved : DEFAULT,
    maximized: store.get('maximized') ?? false,
    track(win: BrowserWindow) {
      const save = () => {
        store.set('maximized', win.isMaximized());
        if (!win.isMaximized() && !win.isMinimized()) store.set('bounds', win.getBounds());
      };
      win.on('close', save);
    },
  };
}

function intersects(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
