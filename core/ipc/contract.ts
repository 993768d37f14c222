import { z } from 'zod';
import type { Channel } from './channels';
import { settingsPatchSchema, type Settings } from '../settings/settings';
import type { BankProblem } from '../bank/problems';
import type { Chapter, PracticeItem } from '../practice/items';
import type { BankProgress, QuestionProgress } from '../progress/progress';
import type { Response } from '../practice/response';

const id = z.string().min(1).max(200);
const responseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), selected: z.array(z.number().int().nonnegative()).min(1).max(8) }),
  z.object({ kind: z.literal('judge'), value: z.boolean() }),
]);
const none = z.object({}).strict();

export { CHANNELS, type Channel } from './channels';

/** Argument schema per channel; `satisfies` makes a missing or extra channel a compile error. */
export const argSchemas = {
  'app.bootstrap': none,
  'settings.update': settingsPatchSchema,
  'notices.dismiss': z.object({ id }).strict(),
  'banks.list': none,
  'banks.open': z.object({ bankId: id, chapterId: id.optional() }).strict(),
  'practice.answer': z.object({ bankId: id, questionId: id, response: responseSchema }).strict(),
  'practice.move': z.object({ bankId: id, chapterId: id.optional(), position: z.number().int().nonnegative() }).strict(),
} satisfies Record<Channel, z.ZodType>;

export type ArgOf<C extends Channel> = z.infer<(typeof argSchemas)[C]>;

export interface Notice {
  id: string;
  code: 'store.quarantined' | 'history.skipped-lines' | 'history.unreadable';
  params: Record<string, string | number>;
}

/** Progress and resume position of a whole bank or of one chapter of it. */
export interface ScopeSummary {
  progress: BankProgress;
  position: number;
}

export interface ChapterSummary extends Chapter, ScopeSummary {}

export interface BankSummary extends ScopeSummary {
  id: string;
  title: string;
  version: string;
  laws: { id: string; title: string }[];
  chapters: ChapterSummary[];
}

export interface ResultOf {
  'app.bootstrap': { settings: Settings; notices: Notice[] };
  'settings.update': Settings;
  'notices.dismiss': Notice[];
  'banks.list': { banks: BankSummary[]; problems: BankProblem[] };
  'banks.open': {
    summary: BankSummary;
    /** Set when practising one chapter; `items` and `position` are then that chapter's. */
    chapter?: ChapterSummary;
    items: PracticeItem[];
    position: number;
    progress: Record<string, QuestionProgress>;
  };
  'practice.answer': {
    correct: boolean;
    correctResponse: Response;
    /** What this answer changed, so the UI updates without reloading the bank. */
    changes: { question: QuestionProgress; bank: BankProgress };
  };
  'practice.move': { position: number };
}

export type Handlers = { [C in Channel]: (arg: ArgOf<C>) => Promise<ResultOf[C]> };
