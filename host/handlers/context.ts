import type Conf from 'conf';
import type { Notice } from '../../core/ipc/contract';
import type { ProgressMap } from '../../core/progress/progress';
import type { Settings } from '../../core/settings/settings';
import type { BankProblem } from '../../core/bank/problems';
import type { AttemptLog } from '../store/attempt-log';
import type { LoadedBank } from '../banks/load-banks';

export type SettingsFile = { settings: Settings };
export type ProgressFile = { positions: Record<string, number> };

/** Everything the handlers touch. Built once per launch by openHost; tests build their own. */
export interface HostContext {
  settings: Conf<SettingsFile>;
  progressFile: Conf<ProgressFile>;
  attempts: AttemptLog;
  progress: ProgressMap;
  banks: LoadedBank[];
  bankProblems: BankProblem[];
  notices: Notice[];
  now: () => number;
  /** Lets the Electron shell follow a language change (menu, window title). */
  onSettingsChanged: (s: Settings) => void;
}
