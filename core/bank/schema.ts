import { z } from 'zod';

/** The on-disk format tag. A bank with a newer major version is refused, not guessed at. */
export const BANK_FORMAT = 'lawdrill-bank/1';

// Not .trim(): that rewrites every string and doubles validation time on a large bank.
const text = z.string().regex(/\S/, 'must not be empty');
const articleRef = z.union([z.number().int().positive(), z.literal('preamble')]);

export const citationSchema = z.object({
  law: text,
  article: articleRef,
  quote: text,
});

const common = {
  id: text,
  stem: text,
  explanation: text,
  basis: z.array(citationSchema).min(1),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  tags: z.array(text).optional(),
};

const optionList = z.array(text).min(2).max(8);
const indexList = z.array(z.number().int().nonnegative()).min(1);

export const choiceQuestionSchema = z.object({
  ...common,
  type: z.enum(['single', 'multiple']),
  options: optionList,
  answer: indexList,
});

export const judgeQuestionSchema = z.object({
  ...common,
  type: z.literal('judge'),
  answer: z.boolean(),
});

export const questionSchema = z.discriminatedUnion('type', [choiceQuestionSchema, judgeQuestionSchema]);

export const caseSetSchema = z.object({
  id: text,
  type: z.literal('case'),
  material: text,
  questions: z.array(questionSchema).min(1),
});

export const bankEntrySchema = z.discriminatedUnion('type', [choiceQuestionSchema, judgeQuestionSchema, caseSetSchema]);

import { BANK_GROUPS } from './groups';

/** A change of meaning to questions learners may have answered before (ids stay; the note says what changed). */
const changeSchema = z.object({ version: text, date: text, ids: z.array(text).min(1), note: text });

export const bankSchema = z.object({
  format: z.string(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
  title: text,
  locale: text,
  version: text,
  laws: z.array(z.object({ id: text, title: text, edition: text, effective: text })).min(1),
  chapters: z.array(z.object({ id: text, title: text, articles: z.tuple([articleRef, articleRef]) })),
  questions: z.array(bankEntrySchema).min(1),
  group: z.enum(BANK_GROUPS).optional(),
  /** How the bank was written and reviewed: for the people who maintain it. */
  notes: text.optional(),
  changelog: z.array(changeSchema).optional(),
});

export type Citation = z.infer<typeof citationSchema>;
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;
export type JudgeQuestion = z.infer<typeof judgeQuestionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type CaseSet = z.infer<typeof caseSetSchema>;
export type BankEntry = z.infer<typeof bankEntrySchema>;
export type Bank = z.infer<typeof bankSchema>;
