import type { ArticleKey } from '../law/statute-schema';
import type { PracticeItem } from '../practice/items';
import type { ProgressState, QuestionProgress } from '../progress/progress';

/**
 * "Mastered" on the statistics screen: the last three answers to the question were right
 * (QuestionProgress.streak ≥ 3). One lucky right answer is not mastery; three in a row,
 * with any earlier mistakes behind them, is. The screen's help text says the same.
 */
export const MASTERED_STREAK = 3;
export const isMastered = (p: QuestionProgress | undefined): boolean => (p?.streak ?? 0) >= MASTERED_STREAK;

export interface Coverage {
  total: number;
  /** Answered at least once. */
  seen: number;
  mastered: number;
  /** All answers given, and how many of them were right (accuracy = correct / attempts). */
  attempts: number;
  correct: number;
}

/** What the statistics read about one bank: its items, chapters and laws. */
export interface StatsBank {
  id: string;
  title: string;
  chapters: readonly { id: string; title: string }[];
  laws: readonly { id: string; title: string }[];
  items: readonly PracticeItem[];
}

export interface ChapterCoverage extends Coverage {
  id: string;
  title: string;
}

export interface BankCoverage extends Coverage {
  id: string;
  title: string;
  chapters: ChapterCoverage[];
}

const empty = (): Coverage => ({ total: 0, seen: 0, mastered: 0, attempts: 0, correct: 0 });

function add(c: Coverage, p: QuestionProgress | undefined): void {
  c.total++;
  if (!p) return;
  c.seen++;
  if (isMastered(p)) c.mastered++;
  c.attempts += p.attempts;
  c.correct += p.correct;
}

/** Coverage and accuracy per bank and per chapter (items outside every chapter count for the bank only). */
export function bankCoverage(bank: StatsBank, progress: ProgressState): BankCoverage {
  const whole = empty();
  const byChapter = new Map(bank.chapters.map((c) => [c.id, empty()]));
  for (const item of bank.items) {
    const p = progress.questions.get(item.question.id);
    add(whole, p);
    const chapter = item.chapterId === undefined ? undefined : byChapter.get(item.chapterId);
    if (chapter) add(chapter, p);
  }
  return { id: bank.id, title: bank.title, ...whole, chapters: bank.chapters.map((c) => ({ id: c.id, title: c.title, ...byChapter.get(c.id)! })) };
}

export interface MissedArticle {
  bankId: string;
  law: string;
  lawTitle: string;
  article: ArticleKey;
  /** Wrong answers to the bank's questions citing this article. */
  wrong: number;
  /** Questions citing it that were answered wrong at least once. */
  questions: number;
}

/**
 * The articles whose questions were answered wrong most often, per bank (so each can be
 * practised with the bank's `article` scope). A question citing two articles counts for both.
 */
export function missedArticles(banks: readonly StatsBank[], progress: ProgressState, limit = 10): MissedArticle[] {
  const found = new Map<string, MissedArticle>();
  for (const bank of banks) {
    const titles = new Map(bank.laws.map((l) => [l.id, l.title]));
    for (const { question } of bank.items) {
      const p = progress.questions.get(question.id);
      const wrong = p ? p.attempts - p.correct : 0;
      if (wrong <= 0) continue;
      const cited = new Set<string>();
      for (const { law, article } of question.basis) {
        const key = JSON.stringify([bank.id, law, article]);
        if (cited.has(key)) continue;
        cited.add(key);
        const entry = found.get(key) ?? { bankId: bank.id, law, lawTitle: titles.get(law) ?? law, article, wrong: 0, questions: 0 };
        entry.wrong += wrong;
        entry.questions++;
        found.set(key, entry);
      }
    }
  }
  const order = (a: ArticleKey) => (a === 'preamble' ? 0 : a);
  return [...found.values()]
    .sort((a, b) => b.wrong - a.wrong || a.bankId.localeCompare(b.bankId) || a.law.localeCompare(b.law) || order(a.article) - order(b.article))
    .slice(0, limit);
}
