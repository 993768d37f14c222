import type { ArticleKey } from '@core/law/statute-schema';
import type { LoadedBank } from '../banks/load-banks';

export interface BankCount {
  bankId: string;
  count: number;
}

const key = (law: string, article: ArticleKey) => `${law}#${article}`;

/**
 * How many questions of each bank cite each article: law#article → counts per bank. A
 * question citing the same article twice counts once. Banks are fixed for a run, so the
 * map is built once, on the first library call that needs it.
 */
export class CitationCounts {
  private readonly counts = new Map<string, BankCount[]>();
  /** Distinct questions citing any article of a law (one citing two articles counts once). */
  private readonly perLaw = new Map<string, number>();

  constructor(banks: readonly LoadedBank[]) {
    for (const { bank, items } of banks) {
      for (const { question } of items) {
        for (const law of new Set(question.basis.map((c) => c.law))) this.perLaw.set(law, (this.perLaw.get(law) ?? 0) + 1);
        for (const k of new Set(question.basis.map((c) => key(c.law, c.article)))) {
          const list = this.counts.get(k) ?? [];
          const mine = list.find((b) => b.bankId === bank.id);
          if (mine) mine.count++;
          else list.push({ bankId: bank.id, count: 1 });
          this.counts.set(k, list);
        }
      }
    }
  }

  of(law: string, article: ArticleKey): BankCount[] {
    return this.counts.get(key(law, article)) ?? [];
  }

  ofLaw(law: string): number {
    return this.perLaw.get(law) ?? 0;
  }
}
