import path from 'node:path';
import { z } from 'zod';
import { createDispatch, type Dispatch } from '../core/ipc/dispatch';
import type { Notice } from '../core/ipc/contract';
import { buildProgress } from '../core/progress/progress';
import { defaultSettings, settingsSchema, type Settings } from '../core/settings/settings';
import { loadBanks } from './banks/load-banks';
import { AttemptLog } from './store/attempt-log';
import { openConf, openStoreSafely, type OpenStore } from './store/open-store';
import type { HostContext, ProgressFile, SettingsFile } from './handlers/context';
import { createHandlers } from './handlers/handlers';

export interface HostOptions {
  /** Where settings, positions and history live (userData in Electron, --data on the web host). */
  dataDir: string;
  banksDir: string;
  openStore?: OpenStore;
  now?: () => number;
  systemLocale?: string;
  onSettingsChanged?: (s: Settings) => void;
}

export interface Host {
  ctx: HostContext;
  dispatch: Dispatch;
}

/** Opens the stores, loads the banks and returns the dispatcher both shells serve. */
export function openHost(o: HostOptions): Host {
  const now = o.now ?? Date.now;
  const open = o.openStore ?? openConf;
  const notices: Notice[] = [];
  const quarantined = (file: string | undefined) => {
    if (file) notices.push({ id: `store.quarantined:${path.basename(file)}`, code: 'store.quarantined', params: { file } });
  };

  const settings = openStoreSafely<SettingsFile>(
    open,
    { cwd: o.dataDir, configName: 'settings', defaults: { settings: defaultSettings(o.systemLocale) }, schema: z.object({ settings: settingsSchema }) },
    now,
  );
  quarantined(settings.quarantinedTo);
  const progressFile = openStoreSafely<ProgressFile>(
    open,
    { cwd: o.dataDir, configName: 'progress', defaults: { positions: {} }, schema: z.object({ positions: z.record(z.string(), z.number().int().nonnegative()) }) },
    now,
  );
  quarantined(progressFile.quarantinedTo);

  const attempts = new AttemptLog(path.join(o.dataDir, 'history'));
  const history = attempts.readAll();
  if (history.skipped > 0) notices.push({ id: 'history.skipped-lines', code: 'history.skipped-lines', params: { count: history.skipped } });
  for (const file of history.unreadable) notices.push({ id: `history.unreadable:${file}`, code: 'history.unreadable', params: { file } });

  const { banks, problems } = loadBanks(o.banksDir);
  const ctx: HostContext = {
    settings: settings.store,
    progressFile: progressFile.store,
    attempts,
    progress: buildProgress(history.attempts),
    banks,
    bankProblems: problems,
    notices,
    now,
    onSettingsChanged: o.onSettingsChanged ?? (() => {}),
  };
  return { ctx, dispatch: createDispatch(createHandlers(ctx)) };
}
