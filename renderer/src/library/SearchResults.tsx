import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { errorOf } from '../api/client';
import { useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { libraryPath } from '../app/routes';
import { useArticleName } from './article-name';
import { Highlight } from './Highlight';

/** Articles containing `query`, in one law or all; each a link to the article, the match marked. */
export function SearchResults({ query, lawId }: { query: string; lawId?: string }) {
  const { t } = useTranslation();
  const name = useArticleName();
  const search = useHostQuery('library.search', lawId === undefined ? { query } : { query, lawId });
  if (search.isPending) return <p role="status">{t('app.loading')}</p>;
  if (search.isError) return <ErrorMessage error={errorOf(search.error)} onRetry={() => void search.refetch()} />;
  const { total, matches } = search.data;
  return (
    <section className="search-results" aria-labelledby="search-results-title" data-testid="search-results">
      <div role="status">
        <h2 id="search-results-title">{total === 0 ? t('library.search.none', { query }) : t('library.search.found', { count: total, query })}</h2>
        {total > matches.length && <p className="lead">{t('library.search.firstOnly', { shown: matches.length })}</p>}
      </div>
      <ol className="search-list">
        {matches.map((m) => (
          <li key={`${m.lawId}/${m.article}`}>
            <Link className="search-hit" href={libraryPath(m.lawId, m.article)} data-article={`${m.lawId}/${m.article}`}>
              <span className="search-hit-head">
                {lawId === undefined && <span className="search-hit-law">{t('library.search.inLaw', { title: m.lawTitle })}</span>}
                <strong>{name(m.article)}</strong>
                {m.count > 1 && <span className="search-hit-count">{t('library.search.times', { count: m.count })}</span>}
              </span>
              <span className="search-hit-text">
                {m.snippet.cutStart && '…'}
                <Highlight text={m.snippet.text} ranges={m.snippet.ranges} />
                {m.snippet.cutEnd && '…'}
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
