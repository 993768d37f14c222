import { useTranslation } from 'react-i18next';
import type { QuestionMatch, SearchHit } from '@host/domains/search/contract';
import { Highlight } from '../library/Highlight';
import { useArticleName } from '../library/article-name';

/** How many of a question's matching fields a result shows (the rest are named only). */
const SHOWN_HITS = 2;

function useFieldLabel(): (hit: SearchHit) => string {
  const { t } = useTranslation();
  return (hit) => (hit.field === 'option' ? t('search.field.option', { letter: String.fromCharCode(65 + hit.index) }) : t(`search.field.${hit.field}`));
}

/** One found question: its bank and article, and the matching text with the query marked. */
export function SearchHitView({ match }: { match: QuestionMatch }) {
  const { t } = useTranslation();
  const articleName = useArticleName();
  const fieldLabel = useFieldLabel();
  const more = match.hits.slice(SHOWN_HITS);
  return (
    <>
      <span className="qsearch-hit-head">
        <span className="qsearch-bank">{match.bankTitle}</span>
        <span className="qsearch-article">
          {/* A bank named for its law needs the law only once: 中华人民共和国行政处罚法 第九条. */}
          {match.bankTitle.startsWith(match.article.lawTitle)
            ? articleName(match.article.article)
            : t('law.citation', { title: match.article.lawTitle, article: articleName(match.article.article) })}
        </span>
      </span>
      {match.hits.slice(0, SHOWN_HITS).map((hit) => (
        <span key={`${hit.field}-${hit.index}`} className="qsearch-hit-text">
          <span className="qsearch-field">{fieldLabel(hit)}</span>
          {hit.snippet.cutStart && '…'}
          <Highlight text={hit.snippet.text} ranges={hit.snippet.ranges} />
          {hit.snippet.cutEnd && '…'}
        </span>
      ))}
      {more.length > 0 && <span className="qsearch-more">{t('search.alsoIn', { fields: more.map(fieldLabel).join(t('search.listSeparator')) })}</span>}
    </>
  );
}
