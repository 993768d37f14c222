import { describe, expect, it } from 'vitest';
import type { BankEntry, Question } from '../bank/schema';
import { chapterOf } from './chapters';
import type { Chapter } from './items';

const chapters: Chapter[] = [
  { id: 'pre', title: '序言', articles: ['preamble', 'preamble'] },
  { id: 'ch1', title: '第一章', articles: [1, 10] },
  { id: 'ch2', title: '第二章', articles: [11, 20] },
];
const judge = (id: string, ...basis: [string, number | 'preamble'][]): Question => ({
  id,
  type: 'judge',
  stem: 's',
  explanation: 'e',
  answer: true,
  basis: basis.map(([law, article]) => ({ law, article, quote: 'q' })),
});

describe('chapterOf', () => {
  it('places a question by the first article it cites from the bank’s own law', () => {
    expect(chapterOf(judge('a', ['law', 11], ['law', 3]), chapters, 'law')).toBe('ch2');
    expect(chapterOf(judge('b', ['other', 3], ['law', 12]), chapters, 'law')).toBe('ch2');
    expect(chapterOf(judge('c', ['law', 10]), chapters, 'law')).toBe('ch1');
  });

  it('places the preamble before article 1', () => {
    expect(chapterOf(judge('p', ['law', 'preamble']), chapters, 'law')).toBe('pre');
  });

  it('keeps a case set whole, under its first sub-question’s chapter', () => {
    const entry: BankEntry = { id: 'k', type: 'case', material: 'm', questions: [judge('k1', ['law', 15]), judge('k2', ['law', 2])] };
    expect(chapterOf(entry, chapters, 'law')).toBe('ch2');
  });

  it('gives no chapter for other laws only or articles outside every chapter', () => {
    expect(chapterOf(judge('o', ['other', 3]), chapters, 'law')).toBeUndefined();
    expect(chapterOf(judge('x', ['law', 99]), chapters, 'law')).toBeUndefined();
  });
});
