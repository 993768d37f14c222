import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { errorOf } from '../api/client';
import { useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { LawTitle } from '../app/LawTitle';
import { libraryPath } from '../app/routes';
import { useRememberedSearch } from './remembered-search';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import './library.css';

/** The statute library: every bundled law, and a search across all of them. */
export function LibraryPage() {
  const { t } = useTranslation();
  const list = useHostQuery('library.list', {});
  const [query, setQuery] = useRememberedSearch('*');
  return (
    <div className="library">
      <h1 className="balanced">{t('library.title')}</h1>
      <p className="lead">{t('library.intro')}</p>
      <SearchBox label={t('library.search.all')} query={query} onSearch={setQuery} />
      {query && <SearchResults query={query} />}
      {list.isPending && <p role="status">{t('app.loading')}</p>}
      {list.isError && <ErrorMessage error={errorOf(list.error)} onRetry={() => void list.refetch()} />}
      {list.data && !query && (
        <>
          {list.data.problems.length > 0 && (
            <div className="message message-warning">
              <p>{t('library.problems', { files: list.data.problems.map((p) => p.file).join(t('practice.listSeparator')) })}</p>
            </div>
          )}
          {list.data.laws.length === 0 && <p>{t('library.empty')}</p>}
          <ul className="law-list" aria-label={t('library.lawsLabel')}>
            {list.data.laws.map((law) => (
              <li key={law.id}>
                <Link className="law-card" href={libraryPath(law.id)} data-law={law.id}>
                  <span className="law-card-title">
                    <LawTitle title={law.title} />
                  </span>
                  <span className="law-card-edition">{law.edition[law.edition.length - 1]}</span>
                  <span className="law-card-counts">
                    {t('library.articles', { count: law.articleCount })}
                    {law.questionCount > 0 && <> · {t('library.questions', { count: law.questionCount })}</>}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
