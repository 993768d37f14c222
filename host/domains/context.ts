import type { BankProblem } from '@core/bank/problems';
import type { ProgressState } from '@core/progress/progress';
import type { ReviewState } from '@core/review/cards';
import type { Settings } from '@core/settings/settings';
import type { OffsetOf } from '@core/time/day';
import type { AnswerLog } from '../store/answer-log';
import type { KeyValueStore } from '../store/open-store';
import type { RoundsFile } from '../store/round-store';
import type { SeenFile } from '../store/round-seen';
import type { LoadedBank } from '../banks/load-banks';
import type { Library } from '../library/library';
import type { Notice } from './app/contract';
import type { StudyState } from './study/state';

export type SettingsFile = { settings: Settings };
export type PositionsFile = { positions: Record<string, number> };

/** Everything the handlers touch. Built once per launch by openHost; tests build their own. */
export interface HostContext {
  settings: KeyValueStore<SettingsFile>;
  /** Resume positions (progress.json, the name LawDrill 0.1 gave it). */
  positions: KeyValueStore<PositionsFile>;
  /** The current random round per place (rounds.json). */
  rounds: KeyValueStore<RoundsFile>;
  /** Questions seen in memorise mode (seen.json): not answers. */
  seen: KeyValueStore<SeenFile>;
  log: AnswerLog;
  /** 错题本, favourites, notes and undo (host/domains/study). */
  study: StudyState;
  /** Folded from the log at start, then kept in step with every answer written. */
  progress: ProgressState;
  /** FSRS cards (今日复习): every answer recorded as it is read or written, scheduled on first use. */
  review: ReviewState;
  banks: LoadedBank[];
  bankProblems: BankProblem[];
  /** The bundled statutes, read on first use. */
  library: Library;
  notices: Notice[];
  /** No settings file existed at start: the page chooses the language from the person's browser/OS. */
  firstRun: boolean;
  /** The data folder cannot be written: practice goes on, nothing is claimed saved. */
  readOnly: boolean;
  now: () => number;
  offsetOf: OffsetOf;
  /** Lets the Electron shell follow a language change (menu, window title). */
  onSettingsChanged: (s: Settings) => void;
}
