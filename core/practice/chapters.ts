import type { Bank, BankEntry, Citation } from '../bank/schema';

/** A bank's chapter, as the bank schema defines it. */
export type Chapter = Bank['chapters'][number];

/** The preamble comes before article 1. */
const ordinal = (a: number | 'preamble'): number => (a === 'preamble' ? 0 : a);

/**
 * The chapter a bank entry is practised under: the one holding the first article it cites
 * from the bank's own law. A case set goes whole with its first sub-question, so its parts
 * are never split across chapters. Entries citing only other laws belong to no chapter.
 */
export function chapterOf(entry: BankEntry, chapters: readonly Chapter[], law: string): string | undefined {
  const basis: Citation[] = entry.type === 'case' ? entry.questions.flatMap((q) => q.basis) : entry.basis;
  const cited = basis.find((c) => c.law === law);
  if (!cited) return undefined;
  const n = ordinal(cited.article);
  return chapters.find((c) => ordinal(c.articles[0]) <= n && n <= ordinal(c.articles[1]))?.id;
}
