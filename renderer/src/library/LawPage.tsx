import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { errorOf } from '../api/client';
import { useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { LawTitle } from '../app/LawTitle';
import { ROUTES } from '../app/routes';
import { Contents } from './Contents';
import { useRememberedSearch } from './remembered-search';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import './library.css';

/** One law: its edition notes, a search within it, and its table of contents. */
export function LawPage({ lawId }: { lawId: string }) {
  const { t } = useTranslation();
  const law = useHostQuery('library.law', { lawId });
  const [query, setQuery] = useRememberedSearch(lawId);
  const back = (
    <Link href={ROUTES.library} className="button button-quiet">
      ← {t('library.backToLibrary')}
    </Link>
  );
  if (law.isPending) return <p role="status">{t('app.loading')}</p>;
  if (law.isError) return <ErrorMessage error={errorOf(law.error)} onRetry={() => void law.refetch()} />;
  if (!law.data) {
    return (
      <div className="library">
        {back}
        <p className="message message-warning">{t('library.lawNotFound')}</p>
      </div>
    );
  }
  const { law: head, structure, articles } = law.data;
  return (
    <div className="library" data-law={head.id}>
      {back}
      <h1 className="balanced">
        <LawTitle title={head.title} />
      </h1>
      <details className="law-edition">
        <summary>{head.edition[head.edition.length - 1]}</summary>
        <ul>
          {head.edition.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <p className="law-counts">
        {t('library.articles', { count: head.articleCount })}
        {head.questionCount > 0 && <> · {t('library.questions', { count: head.questionCount })}</>}
      </p>
      <SearchBox label={t('library.search.law')} query={query} onSearch={setQuery} />
      {query ? <SearchResults query={query} lawId={head.id} /> : <Contents lawId={head.id} structure={structure} articles={articles} />}
    </div>
  );
}
