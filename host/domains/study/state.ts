import type { AnswerEvent } from '@core/history/event';
import { applyMistake, mistakeIds, type MistakeState } from '@core/study/mistakes';
import type { StudyMarks } from '@core/study/study-marks';
import type { StudyLists } from '@core/scope/scope';
import type { KeyValueStore } from '../../store/open-store';
import type { HostContext } from '../context';

/** The host's study state: the 错题本 fold, the learner's marks and what may be undone. */
export interface StudyState {
  /** Folded from the history with progress, kept in step with every answer written. */
  mistakes: MistakeState;
  /** study.json: favourites, notes, hand removals. */
  marks: KeyValueStore<StudyMarks>;
  /**
   * Answers written since this launch, which the learner may take back (a mis-click is
   * noticed at once; an answer from an earlier day is a fact, not a slip).
   */
  recent: Map<string, AnswerEvent>;
  /** Answer ids the history takes back. */
  undone: Set<string>;
  /** Folds the whole history again (progress, 错题本 …) without the undone answers. */
  refold: () => void;
}

/** What a freshly written answer changes here; practice.answer calls it after the log write. */
export function recordStudyAnswer(study: StudyState, e: AnswerEvent): void {
  applyMistake(study.mistakes, e);
  study.recent.set(e.id, e);
}

export function studyLists(study: StudyState, exitStreak: number): StudyLists {
  const marks = study.marks.store;
  return { mistakes: mistakeIds(study.mistakes, marks.removed, exitStreak), favourites: new Set(Object.keys(marks.favourites)) };
}

/** The 错题本 and favourites now, under the learner's exit setting. */
export const studyListsOf = (ctx: HostContext): StudyLists =>
  studyLists(ctx.study, ctx.settings.get('settings').mistakesExitStreak);
