import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '@host/domains/channels';

// One method per channel, nothing else: the page never sees ipcRenderer.
const api = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    (arg: unknown) =>
      ipcRenderer.invoke(channel, arg ?? {}).catch((e: unknown) => ({
        ok: false,
        error: { code: 'host.unreachable', message: String(e) },
      })),
  ]),
);

contextBridge.exposeInMainWorld('lawdrill', api);
