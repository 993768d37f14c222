import { z } from 'zod';

const id = z.string().min(1).max(200);
const article = z.union([z.number().int().positive(), z.literal('preamble')]);
import { QUESTION_TYPES } from './question-types';

export { QUESTION_TYPES };

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
  /** The 错题本 (core/study/mistakes.ts): all banks when bankId is absent. */
  z.object({ kind: z.literal('mistakes'), bankId: id.optional(), chapterId: id.optional() }).strict(),
  /** Starred questions (收藏): all banks when bankId is absent. */
  z.object({ kind: z.literal('favourites'), bankId: id.optional() }).strict(),
  /** A random round (core/practice/random-order.ts): unseen first, then weakest; the host keeps its order. */
  z.object({ kind: z.literal('random'), seed: z.number().int().nonnegative().max(0xffffffff), bankId: id.optional(), chapterId: id.optional() }).strict(),
  /** Questions of one type; 'case' means the questions of case sets. */
  z.object({ kind: z.literal('type'), questionType: z.enum(QUESTION_TYPES), bankId: id.optional() }).strict(),
  /** Questions carrying one tag of the bank data. */
  z.object({ kind: z.literal('tag'), tag: id, bankId: id.optional() }).strict(),
  /** Questions of one difficulty (questions without one are in none). */
  z.object({ kind: z.literal('difficulty'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), bankId: id.optional() }).strict(),
  /** Questions whose text contains a search query (core/search/question-search.ts), in bank order. */
  z.object({ kind: z.literal('search'), query: z.string().min(1).max(200), bankId: id.optional() }).strict(),
  /** 今日复习: today's FSRS due queue (core/review/due.ts), taken when the session opens; all banks when bankId is absent. */
  z.object({ kind: z.literal('due'), bankId: id.optional() }).strict(),
]);
export type Scope = z.infer<typeof scopeSchema>;
