import { z } from 'zod';
import type { QuestionProgress } from '@core/progress/progress';
import { noteTextSchema } from '@core/study/study-marks';
import type { Mutation } from '../changes';
import type { STUDY_CHANNELS } from './channels';

const id = z.string().min(1).max(200);

export const studyArgs = {
  'study.overview': z.object({}).strict(),
  /** The 错题本, per bank; one bank when bankId is given. */
  'study.mistakes': z.object({ bankId: id.optional() }).strict(),
  /** Takes a question out of the 错题本 by hand. */
  'study.remove': z.object({ questionId: id }).strict(),
  /** Puts back a question removed by hand (the "undo remove" right after it). */
  'study.restore': z.object({ questionId: id }).strict(),
  /** The star and note on one question. */
  'study.mark': z.object({ bankId: id, questionId: id }).strict(),
  'study.favourite': z.object({ bankId: id, questionId: id, favourite: z.boolean() }).strict(),
  /** Plain text up to NOTE_MAX characters; empty (or only spaces) deletes the note. */
  'study.note': z.object({ bankId: id, questionId: id, text: noteTextSchema }).strict(),
  /** Takes back an answer given in this launch (a mis-click): an undo event in the history. */
  'study.undo': z.object({ answerId: z.uuid() }).strict(),
} satisfies Record<(typeof STUDY_CHANNELS)[number], z.ZodType>;

/** The learner's last wrong answer, in words the page can show (option texts, not indexes). */
export type WrongChoice = { kind: 'choice'; options: string[] } | { kind: 'judge'; value: boolean };

export interface MistakeEntry {
  questionId: string;
  bankId: string;
  stem: string;
  /** Wrong answers, all time. */
  missed: number;
  lastWrongAt: number;
  lastWrong?: WrongChoice;
  /** Right answers in a row since; the entry leaves at `exitStreak`. */
  rightSince: number;
}

export interface MistakeBank {
  bankId: string;
  title: string;
  entries: MistakeEntry[];
}

export interface QuestionMark {
  favourite: boolean;
  note: string;
}

export interface StudyResults {
  'study.overview': { mistakes: number; favourites: number };
  'study.mistakes': { banks: MistakeBank[]; exitStreak: number };
  'study.remove': Mutation<{ questionId: string; removedAt: number }>;
  'study.restore': Mutation<{ questionId: string }>;
  'study.mark': QuestionMark;
  'study.favourite': Mutation<QuestionMark>;
  'study.note': Mutation<QuestionMark>;
  'study.undo': Mutation<{ questionId: string; question: QuestionProgress | null }>;
}
