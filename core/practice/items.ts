import type { Bank, Citation, Question } from '../bank/schema';
import { allQuestions } from '../bank/walk';
import type { Response } from './response';
import { correctResponse } from './response';
import { optionOrder } from './shuffle';
import { chapterOf } from './chapters';

export type { Chapter } from './chapters';

export interface CaseInfo {
  id: string;
  material: string;
  index: number;
  size: number;
}

/** One screen of practice as the host holds it: the whole question, key included. */
export interface PracticeItem {
  question: Question;
  caseSet?: CaseInfo;
  /** The chapter it is practised under, when its citation falls in one. */
  chapterId?: string;
}

/**
 * What the renderer gets to show a question: no key, no explanation, no basis. Those come
 * with the answer's reply (or on request, for memorising), so a page can never grade itself.
 */
export interface ShownItem {
  id: string;
  /** The bank it comes from: a session may span banks. */
  bankId: string;
  type: Question['type'];
  stem: string;
  /** Choice questions: options in bank order, and the order to show them in. */
  options?: string[];
  order?: number[];
  caseSet?: CaseInfo;
  chapterId?: string;
  difficulty?: 1 | 2 | 3;
}

/** What answering (or asking to memorise) reveals about a question. */
export interface Reveal {
  questionId: string;
  key: Response;
  explanation: string;
  basis: Citation[];
}

export function practiceItems(bank: Bank): PracticeItem[] {
  const items: PracticeItem[] = [];
  const law = bank.laws[0]!.id;
  for (const entry of bank.questions) {
    const chapterId = chapterOf(entry, bank.chapters, law);
    const inChapter = chapterId ? { chapterId } : {};
    if (entry.type !== 'case') {
      items.push({ question: entry, ...inChapter });
      continue;
    }
    entry.questions.forEach((question, index) => {
      items.push({ question, caseSet: { id: entry.id, material: entry.material, index, size: entry.questions.length }, ...inChapter });
    });
  }
  return items;
}

export function shownItem({ question: q, caseSet, chapterId }: PracticeItem, bankId: string): ShownItem {
  return {
    id: q.id,
    bankId,
    type: q.type,
    stem: q.stem,
    ...(q.type !== 'judge' && { options: q.options, order: optionOrder(q.id, q.options.length) }),
    ...(caseSet && { caseSet }),
    ...(chapterId && { chapterId }),
    ...(q.difficulty && { difficulty: q.difficulty }),
  };
}

export function reveal(q: Question): Reveal {
  return { questionId: q.id, key: correctResponse(q), explanation: q.explanation, basis: q.basis };
}

export function questionIds(bank: Bank): string[] {
  return Array.from(allQuestions(bank), (q) => q.question.id);
}
