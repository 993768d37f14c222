import { z } from 'zod';
import { responseSchema } from '../practice/response';

/** How an answer was given. Later issues add modes (memorise, due, favourites …) here. */
export const MODES = ['practice', 'review', 'exam'] as const;
export type Mode = (typeof MODES)[number];

const id = z.string().min(1).max(200);
const instant = z.number().int().nonnegative();

/**
 * One answer, as written to the history (format v2). `id` is made by the client before it
 * sends the answer, so a retried request is recognised and recorded once.
 */
export const answerEventSchema = z
  .object({
    v: z.literal(2),
    id: z.uuid(),
    kind: z.literal('answer'),
    questionId: id,
    bankId: id,
    response: responseSchema,
    correct: z.boolean(),
    at: instant,
    /** From the question appearing to the answer being submitted. */
    elapsedMs: z.number().int().nonnegative().max(24 * 3600_000),
    mode: z.enum(MODES),
    sessionId: id,
  })
  .strict();
export type AnswerEvent = z.infer<typeof answerEventSchema>;

/**
 * A line written by LawDrill 0.1 (format v1): right/wrong and time only. It is read as an
 * answer event without response, elapsed time, mode or session; its id is derived from its
 * content so reading it twice still counts it once.
 */
const legacyAnswerSchema = z
  .object({ questionId: id, bankId: id, correct: z.boolean(), at: instant })
  .strict()
  .transform((a) => ({ v: 1 as const, id: `v1:${a.at}:${a.bankId}:${a.questionId}`, kind: 'answer' as const, ...a }));

export const storedEventSchema = z.union([answerEventSchema, legacyAnswerSchema]);
/** Any answer found in the history, old or new. Folds take these. */
export type HistoryEvent = z.output<typeof storedEventSchema>;

/**
 * Takes back one answer (a mis-click), appended after it: the log stays append-only and
 * every fold skips the answer `target` names. An undo names an answer event's id.
 */
export const undoEventSchema = z
  .object({ v: z.literal(2), id: z.uuid(), kind: z.literal('undo'), target: z.uuid(), at: instant })
  .strict();
export type UndoEvent = z.infer<typeof undoEventSchema>;

/** A line from a newer LawDrill (a version or kind this one does not know): kept, not counted, not damage. */
export const newerEventSchema = z.looseObject({ v: z.number().int().gt(2) });

/**
 * Reads one parsed history line: an answer (v2, or a v1 line read as one), an undo, 'newer' for a
 * line from a newer LawDrill, or null for damage. Dispatches on `v` first, so the common
 * line is checked against one schema, not tried against each in turn (start-up reads
 * every line ever written).
 */
export function readStoredEvent(raw: unknown): HistoryEvent | UndoEvent | 'newer' | null {
  const v = (raw as { v?: unknown } | null)?.v;
  if (v === 2) {
    if ((raw as { kind?: unknown }).kind === 'undo') return undoEventSchema.safeParse(raw).success ? (raw as UndoEvent) : null;
    // Both v2 schemas are strict and transform nothing, so a line that passes IS the event:
    // keeping the parsed line instead of zod's copy halves what start-up allocates.
    return answerEventSchema.safeParse(raw).success ? (raw as AnswerEvent) : null;
  }
  if (v === undefined) {
    const parsed = legacyAnswerSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  }
  return newerEventSchema.safeParse(raw).success ? 'newer' : null;
}
