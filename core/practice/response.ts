import { z } from 'zod';
import type { Question } from '../bank/schema';

/** What the learner answered. Choice indexes always refer to the bank's option order, never the shuffled one. */
export const responseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), selected: z.array(z.number().int().nonnegative()).min(1).max(8) }).strict(),
  z.object({ kind: z.literal('judge'), value: z.boolean() }).strict(),
]);
export type Response = z.infer<typeof responseSchema>;

export function isCorrect(q: Question, r: Response): boolean {
  if (q.type === 'judge') return r.kind === 'judge' && r.value === q.answer;
  if (r.kind !== 'choice') return false;
  const picked = new Set(r.selected);
  return picked.size === q.answer.length && q.answer.every((i) => picked.has(i));
}

/** The key in the same shape as a response, for showing the right answer. */
export function correctResponse(q: Question): Response {
  return q.type === 'judge' ? { kind: 'judge', value: q.answer } : { kind: 'choice', selected: [...q.answer] };
}

/** A response that is well-formed for this question (the host checks before recording). */
export function fitsQuestion(q: Question, r: Response): boolean {
  if (q.type === 'judge') return r.kind === 'judge';
  if (r.kind !== 'choice' || r.selected.length === 0) return false;
  if (q.type === 'single' && r.selected.length !== 1) return false;
  return new Set(r.selected).size === r.selected.length && r.selected.every((i) => Number.isInteger(i) && i >= 0 && i < q.options.length);
}
