import { z } from 'zod';

const id = z.string().min(1).max(200);
const instant = z.number().int().nonnegative();

/** The longest personal note, in characters. */
import { NOTE_MAX } from './note-limit';

export { NOTE_MAX };

export const noteTextSchema = z.string().max(NOTE_MAX);

/**
 * The learner's own marks on questions, kept beside the answer history (study.json): they
 * are facts of their own, not answers, so the history is never edited for them.
 */
export const studyMarksSchema = z.object({
  /** Starred questions: question id → the bank and when. */
  favourites: z.record(id, z.object({ bankId: id, at: instant }).strict()),
  /** Personal notes: question id → text (plain, never empty) and when last edited. */
  notes: z.record(id, z.object({ bankId: id, text: noteTextSchema.min(1), at: instant }).strict()),
  /** Taken out of the 错题本 by hand: question id → when. A later wrong answer puts it back. */
  removed: z.record(id, instant),
});
export type StudyMarks = z.infer<typeof studyMarksSchema>;

export const emptyStudyMarks = (): StudyMarks => ({ favourites: {}, notes: {}, removed: {} });
