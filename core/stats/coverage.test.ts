import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '../bank/schema';
import type { AnswerEvent } from '../history/event';
import { practiceItems } from '../practice/items';
import { buildProgress } from '../progress/progress';
import { bankCoverage, isMastered, missedArticles, type StatsBank } from './coverage';
import { buildStats } from './stats';

const q = (id: string, articles: number[]): Question => ({
  id,
  type: 'judge',
  answer: true,
  stem: `Stem ${id}`,
  explanation: 'Why.',
  basis: articles.map((article) => ({ law: 'apl', article, quote: 'Quote.' })),
});

/** Chapter one holds articles 1–5, chapter two 6–10; q4 cites article 20, in no chapter. */
const bank: Bank = {
  format: 'lawdrill-bank/1',
  id: 'b',
  title: 'Bank B',
  locale: 'en',
  version: '1',
  laws: [{ id: 'apl', title: 'Administrative Penalty Law', edition: '2021', effective: '2021-07-15' }],
  chapters: [
    { id: 'one', title: 'One', articles: [1, 5] },
    { id: 'two', title: 'Two', articles: [6, 10] },
  ],
  questions: [q('q1', [3]), q('q2', [3, 7]), q('q3', [7]), q('q4', [20])],
};
const stats: StatsBank = { id: bank.id, title: bank.title, chapters: bank.chapters, laws: bank.laws, items: practiceItems(bank) };

let seq = 0;
const T0 = Date.UTC(2026, 11, 4, 2, 0);
/** Answers to one question, one minute apart, right (1) or wrong (0). */
const answers = (questionId: string, marks: string): AnswerEvent[] =>
  [...marks].map((m) => ({
    v: 2,
    id: `e${++seq}`,
    kind: 'answer',
    questionId,
    bankId: 'b',
    response: { kind: 'judge', value: m === '1' },
    correct: m === '1',
    at: T0 + seq * 60_000,
    elapsedMs: 1000,
    mode: 'practice',
    sessionId: 's',
  }));
const offset = () => 0;

describe('mastered', () => {
  it('means the last three answers right, whatever came before', () => {
    const p = buildProgress([...answers('q1', '0111'), ...answers('q2', '1110'), ...answers('q3', '11')], offset);
    expect(isMastered(p.questions.get('q1'))).toBe(true);
    expect(isMastered(p.questions.get('q2'))).toBe(false);
    expect(isMastered(p.questions.get('q3'))).toBe(false);
    expect(isMastered(undefined)).toBe(false);
  });
});

describe('bankCoverage', () => {
  it('counts seen, mastered and accuracy per bank and per chapter', () => {
    const p = buildProgress([...answers('q1', '0111'), ...answers('q2', '10'), ...answers('q4', '1')], offset);
    const c = bankCoverage(stats, p);
    expect(c).toMatchObject({ id: 'b', total: 4, seen: 3, mastered: 1, attempts: 7, correct: 5 });
    expect(c.chapters).toEqual([
      { id: 'one', title: 'One', total: 2, seen: 2, mastered: 1, attempts: 6, correct: 4 },
      { id: 'two', title: 'Two', total: 1, seen: 0, mastered: 0, attempts: 0, correct: 0 },
    ]);
  });
});

describe('missedArticles', () => {
  it('sums wrong answers per cited article, most first, a question counting for each article it cites', () => {
    const p = buildProgress([...answers('q1', '001'), ...answers('q2', '0'), ...answers('q3', '00'), ...answers('q4', '1')], offset);
    expect(missedArticles([stats], p)).toEqual([
      { bankId: 'b', law: 'apl', lawTitle: 'Administrative Penalty Law', article: 3, wrong: 3, questions: 2 },
      { bankId: 'b', law: 'apl', lawTitle: 'Administrative Penalty Law', article: 7, wrong: 3, questions: 2 },
    ]);
    expect(missedArticles([stats], p, 1)).toHaveLength(1);
  });
});

describe('buildStats', () => {
  it('puts the day tallies, streak, weeks and coverage together for today', () => {
    const p = buildProgress([...answers('q1', '10')], offset);
    const s = buildStats([stats], p, '2026-12-04');
    expect(s.streak).toBe(1);
    expect(s.heatmap.at(-1)!.at(-1)).toEqual({ day: '2026-12-04', answered: 2, correct: 1 });
    expect(s.weeks.at(-1)).toEqual({ weekStart: '2026-11-30', answered: 2, correct: 1 });
    expect(s.banks[0]!.seen).toBe(1);
    expect(s.missed.map((m) => m.article)).toEqual([3]);
  });
});
