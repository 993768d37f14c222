import { z } from 'zod';
import type { Reveal, ShownItem } from '@core/practice/items';
import { responseSchema } from '@core/practice/response';
import type { QuestionProgress } from '@core/progress/progress';
import { scopeSchema, type Scope } from '@core/scope/scope-schema';
import type { Mutation } from '../changes';
import type { BankHead } from '../banks/contract';
import type { PRACTICE_CHANNELS } from './channels';

const id = z.string().min(1).max(200);

export const practiceArgs = {
  'practice.open': z.object({ scope: scopeSchema }).strict(),
  'practice.answer': z
    .object({
      /** Made by the page before sending: the same answer sent twice is recorded once. */
      id: z.uuid(),
      scope: scopeSchema,
      /** The question's own bank (a scope may span banks). */
      bankId: id,
      questionId: id,
      response: responseSchema,
      elapsedMs: z.number().int().nonnegative().max(24 * 3600_000),
      sessionId: id,
    })
    .strict(),
  'practice.move': z.object({ scope: scopeSchema, position: z.number().int().nonnegative() }).strict(),
  /** Keys asked for on purpose (memorising): never sent with the questions themselves. */
  'practice.reveal': z.object({ bankId: id, questionIds: z.array(id).min(1).max(200) }).strict(),
} satisfies Record<(typeof PRACTICE_CHANNELS)[number], z.ZodType>;

export interface PracticeSession {
  /** The bank, when the scope is limited to one. */
  bank?: BankHead;
  scope: Scope;
  /** Titles of every law the session's questions cite, for their citations. */
  laws: { id: string; title: string }[];
  /** The chapter's title when the scope names one. */
  chapterTitle?: string;
  items: ShownItem[];
  /** Where to resume; `items.length` when the round was finished. */
  position: number;
  /** The learner's record on the scope's questions that have one. */
  progress: Record<string, QuestionProgress>;
}

export interface AnswerResult {
  /** False only when the data folder is read-only: graded, shown, not kept. */
  saved: boolean;
  correct: boolean;
  reveal: Reveal;
  question: QuestionProgress | null;
}

export interface PracticeResults {
  'practice.open': PracticeSession;
  'practice.answer': Mutation<AnswerResult>;
  'practice.move': Mutation<{ position: number }>;
  'practice.reveal': Reveal[];
}
