import { z } from 'zod';

const id = z.string().min(1).max(200);
const article = z.union([z.number().int().positive(), z.literal('preamble')]);

/**
 * Which questions a practice session walks. The study and exam issues add kinds here
 * (due, favourites, paper …); scope.ts says how each kind chooses its items and where its
 * resume position is kept.
 */
export const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bank'), bankId: id }).strict(),
  z.object({ kind: z.literal('chapter'), bankId: id, chapterId: id }).strict(),
  /** Questions of a bank (or a chapter) whose latest answer was wrong, taken when the session opens. */
  z.object({ kind: z.literal('wrong'), bankId: id, chapterId: id.optional() }).strict(),
  /** Questions of a bank whose basis cites one article (from the statute library). */
  z.object({ kind: z.literal('article'), bankId: id, law: id, article }).strict(),
]);
export type Scope = z.infer<typeof scopeSchema>;
