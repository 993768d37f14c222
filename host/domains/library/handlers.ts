import { findAll, foldQuery, snippetAround } from '@core/law/search-text';
import type { Statute } from '@core/law/statute-schema';
import { CitationCounts } from '../../library/citations';
import type { DomainHandlers } from '../handler-types';
import type { HostContext } from '../context';
import type { LawHead, libraryArgs, LibraryResults, SearchMatch } from './contract';

/** Enough to read through; a query that matches more is too broad to list whole. */
export const MAX_MATCHES = 100;

export function libraryHandlers(ctx: HostContext): DomainHandlers<typeof libraryArgs, LibraryResults> {
  let counts: CitationCounts | undefined;
  const cited = () => (counts ??= new CitationCounts(ctx.banks));
  const head = (law: Statute): LawHead => ({
    id: law.id,
    title: law.title,
    edition: law.edition,
    articleCount: law.articles.length,
    questionCount: cited().ofLaw(law.id),
  });

  return {
    async 'library.list'() {
      return { laws: ctx.library.laws().map(head), problems: ctx.library.problems() };
    },

    async 'library.law'({ lawId }) {
      const law = ctx.library.law(lawId);
      if (!law) return null;
      const articles = law.articles.map((a) => ({ ...a, citedBy: cited().of(law.id, a.number) }));
      const bankIds = new Set(articles.flatMap((a) => a.citedBy.map((b) => b.bankId)));
      const banks = ctx.banks.filter((b) => bankIds.has(b.bank.id)).map((b) => ({ id: b.bank.id, title: b.bank.title }));
      return { law: head(law), structure: law.structure, articles, banks };
    },

    async 'library.search'({ query, lawId }) {
      const q = foldQuery(query);
      const matches: SearchMatch[] = [];
      let total = 0;
      if (!q) return { total, matches };
      for (const entry of ctx.library.searchIndex()) {
        if (lawId !== undefined && entry.lawId !== lawId) continue;
        const found = entry.paragraphs.map((p) => findAll(p, q));
        const count = found.reduce((n, f) => n + f.length, 0);
        if (count === 0) continue;
        total++;
        if (matches.length >= MAX_MATCHES) continue;
        const law = ctx.library.law(entry.lawId)!;
        const article = law.articles[entry.articleIndex]!;
        const paragraph = found.findIndex((f) => f.length > 0);
        matches.push({
          lawId: law.id,
          lawTitle: law.title,
          article: article.number,
          label: article.label,
          paragraph,
          snippet: snippetAround(article.paragraphs[paragraph]!, found[paragraph]!),
          count,
        });
      }
      return { total, matches };
    },
  };
}
