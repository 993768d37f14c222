import type { Bank, Question } from '../bank/schema';
import { allQuestions } from '../bank/walk';
import { chapterOf } from './chapters';

export interface Chapter {
  id: string;
  title: string;
  articles: [number | 'preamble', number | 'preamble'];
}

/** One screen of practice: a question, with its case material when it belongs to a case set. */
export interface PracticeItem {
  question: Question;
  caseSet?: { id: string; material: string; index: number; size: number };
  /** The chapter it is practised under, when its citation falls in one. */
  chapterId?: string;
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

export function questionIds(bank: Bank): string[] {
  return Array.from(allQuestions(bank), (q) => q.question.id);
}
