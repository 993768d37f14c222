import { searchQuestions } from '@core/search/question-search';
import type { DomainHandlers } from '../handler-types';
import type { HostContext } from '../context';
import { MAX_LIMIT, type QuestionMatch, type searchArgs, type SearchResults } from './contract';

export function searchHandlers(ctx: HostContext): DomainHandlers<typeof searchArgs, SearchResults> {
  let lawTitles: Map<string, string> | undefined;
  const lawTitle = (law: string) => {
    lawTitles ??= new Map(ctx.banks.flatMap((b) => b.bank.laws.map((l) => [l.id, l.title] as const)).reverse());
    return lawTitles.get(law) ?? law;
  };

  return {
    async 'search.questions'({ query, bankId, limit }) {
      const sources = ctx.banks.map((b) => ({ bankId: b.bank.id, items: b.items }));
      const { total, hits } = searchQuestions(sources, query, { ...(bankId !== undefined && { bankId }), limit: limit ?? MAX_LIMIT });
      const titles = new Map(ctx.banks.map((b) => [b.bank.id, b.bank.title]));
      const matches = hits.map(
        (h): QuestionMatch => ({
          bankId: h.bankId,
          bankTitle: titles.get(h.bankId) ?? h.bankId,
          questionId: h.item.question.id,
          type: h.item.question.type,
          position: h.position,
          article: { law: h.citation.law, lawTitle: lawTitle(h.citation.law), article: h.citation.article },
          hits: h.fields.map((f) => ({ field: f.field, index: f.index, snippet: f.snippet, count: f.count })),
        }),
      );
      return { total, matches };
    },
  };
}
