import { studyMarksSchema, emptyStudyMarks, type StudyMarks } from '@core/study/study-marks';
import { openStoreSafely, type OpenStore, type SafeStore } from './open-store';

/**
 * study.json beside settings.json: favourites, notes and hand removals from the 错题本.
 * conf writes the whole file atomically (temp file, fsync, rename), so a `set` that returns
 * is on disk; a damaged file is moved aside by openStoreSafely and the app says so.
 */
export function openStudyMarks(open: OpenStore, dataDir: string, now: () => number): SafeStore<StudyMarks> {
  return openStoreSafely<StudyMarks>(open, { cwd: dataDir, configName: 'study', defaults: emptyStudyMarks(), schema: studyMarksSchema }, now);
}
