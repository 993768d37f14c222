import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Dispatch } from '@core/ipc/dispatch';
import { applyEvent, emptyProgress } from '@core/progress/progress';
import { emptyReview, recordAnswer } from '@core/review/cards';
import { defaultSettings, settingsSchema, type Settings } from '@core/settings/settings';
import { systemOffset, type OffsetOf } from '@core/time/day';
import { loadBanks } from './banks/load-banks';
import { Library } from './library/library';
import { AnswerLog, type LogFs } from './store/answer-log';
import { foldHistory, refold, type HistoryFolds } from './store/study-history';
import { openStudyMarks } from './store/study-marks';
import { applyMistake, emptyMistakes } from '@core/study/mistakes';
import { canWrite, removeStaleTemps } from './store/data-folder';
import { openConf, openInMemory, openStoreSafely, type OpenStore } from './store/open-store';
import { ROUNDS_STORE, type RoundsFile } from './store/round-store';
import { SEEN_STORE, type SeenFile } from './store/round-seen';
import type { Notice } from './domains/app/contract';
import type { HostContext, PositionsFile, SettingsFile } from './domains/context';
import { createHostDispatch } from './domains/handlers';
import { warmReviewCards } from './domains/review/queue';

export interface HostOptions {
  /** Where settings, positions and history live (userData in Electron, --data on the web host). */
  dataDir: string;
  banksDir: string;
  /** The statute library; by default `<banksDir>/statutes`, so it ships and moves with the banks. */
  lawsDir?: string;
  openStore?: OpenStore;
  now?: () => number;
  offsetOf?: OffsetOf;
  systemLocale?: string;
  onSettingsChanged?: (s: Settings) => void;
  /** Tests hand in a file system that fails on purpose (a full disk). */
  logFs?: LogFs;
  /** Tests of a read-only folder on a machine where root can write anywhere. */
  writable?: (dataDir: string) => boolean;
}

export interface Host {
  ctx: HostContext;
  dispatch: Dispatch;
  close(): void;
}

/** Opens the stores, loads the banks and returns the dispatcher both shells serve. */
export function openHost(o: HostOptions): Host {
  const now = o.now ?? Date.now;
  const open = o.openStore ?? openConf;
  const notices: Notice[] = [];
  fs.mkdirSync(o.dataDir, { recursive: true });
  removeStaleTemps(o.dataDir, now());
  const readOnly = !(o.writable ?? canWrite)(o.dataDir);
  if (readOnly) notices.push({ id: 'data.read-only', code: 'data.read-only', params: { dir: o.dataDir } });

  const quarantined = (file: string | undefined) => {
    if (file) notices.push({ id: `store.quarantined:${path.basename(file)}`, code: 'store.quarantined', params: { file } });
  };
  // A read-only folder cannot take the stores' first write: keep them in memory this time.
  const storeOpen: OpenStore = readOnly ? openInMemory : open;
  const settings = openStoreSafely<SettingsFile>(
    storeOpen,
    { cwd: o.dataDir, configName: 'settings', defaults: { settings: defaultSettings(o.systemLocale) }, schema: z.object({ settings: settingsSchema }) },
    now,
  );
  quarantined(settings.quarantinedTo);
  // Nothing usable was stored (no file, or a damaged one moved aside): the page picks the language.
  const firstRun = settings.fresh;
  const positions = openStoreSafely<PositionsFile>(
    storeOpen,
    { cwd: o.dataDir, configName: 'progress', defaults: { positions: {} }, schema: z.object({ positions: z.record(z.string(), z.number().int().nonnegative()) }) },
    now,
  );
  quarantined(positions.quarantinedTo);
  const rounds = openStoreSafely<RoundsFile>(storeOpen, { cwd: o.dataDir, ...ROUNDS_STORE }, now);
  quarantined(rounds.quarantinedTo);
  const seen = openStoreSafely<SeenFile>(storeOpen, { cwd: o.dataDir, ...SEEN_STORE }, now);
  quarantined(seen.quarantinedTo);

  const offsetOf = o.offsetOf ?? systemOffset;
  const historyDir = path.join(o.dataDir, 'history');
  const log = new AnswerLog(historyDir, o.logFs);
  // Folded as it is read: the history is never held in memory whole. Undone answers are
  // skipped (host/store/study-history.ts); an undo refolds everything through `folds`.
  const progress = emptyProgress();
  const review = emptyReview();
  const mistakes = emptyMistakes();
  const folds: HistoryFolds = {
    reset: () => {
      progress.questions.clear();
      progress.days.clear();
      Object.assign(review, emptyReview());
      mistakes.clear();
    },
    visit: (e) => {
      applyEvent(progress, e, offsetOf);
      recordAnswer(review, e);
      applyMistake(mistakes, e);
    },
  };
  const reread = () => new AnswerLog(historyDir, o.logFs);
  const history = foldHistory(log, reread, folds);
  const studyMarks = openStudyMarks(storeOpen, o.dataDir, now);
  quarantined(studyMarks.quarantinedTo);
  if (history.newDamage > 0) notices.push({ id: 'history.skipped-lines', code: 'history.skipped-lines', params: { count: history.newDamage } });
  for (const file of history.unreadable) notices.push({ id: `history.unreadable:${file}`, code: 'history.unreadable', params: { file } });

  const { banks, problems } = loadBanks(o.banksDir);
  const ctx: HostContext = {
    settings: settings.store,
    positions: positions.store,
    rounds: rounds.store,
    seen: seen.store,
    log,
    study: { mistakes, marks: studyMarks.store, recent: new Map(), undone: history.undone, refold: () => refold(reread, folds, history.undone) },
    progress,
    review,
    banks,
    bankProblems: problems,
    library: new Library(o.lawsDir ?? path.join(o.banksDir, 'statutes')),
    notices,
    firstRun,
    readOnly,
    now,
    offsetOf,
    onSettingsChanged: o.onSettingsChanged ?? (() => {}),
  };
  warmReviewCards(ctx);
  return { ctx, dispatch: createHostDispatch(ctx), close: () => log.close() };
}

