import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Dispatch } from '@core/ipc/dispatch';
import { CHANNELS } from '@host/domains/channels';
import { APP_ORIGIN } from './app-origin';

const FORBIDDEN = { ok: false, error: { code: 'ipc.forbidden', message: 'not the app frame' } } as const;

/**
 * Only the top frame of the app's own window, showing an app:// page, may call the host:
 * not another window, not an iframe, not a page it was somehow navigated to.
 */
export function fromAppFrame(e: IpcMainInvokeEvent, appContents: WebContents | undefined): boolean {
  const frame = e.senderFrame;
  return appContents !== undefined && e.sender === appContents && frame !== null && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** One handler per channel of CHANNELS, nothing else; each checks the caller first. */
export function registerChannels(dispatch: Dispatch, appContents: () => WebContents | undefined): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (e, arg: unknown) => (fromAppFrame(e, appContents()) ? dispatch(channel, arg) : FORBIDDEN));
  }
}
