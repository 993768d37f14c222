import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { errorOf } from '../api/client';
import { useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { ChapterTitle } from '../app/ChapterTitle';
import { articleFromParam, libraryPath, practicePath } from '../app/routes';
import { useArticleName } from './article-name';
import { canGoBackInApp } from '../app/in-app-history';
import './library.css';

/** Back where the reader came from (a search, a question's feedback); the law's contents when opened directly. */
function BackLink({ lawId }: { lawId: string }) {
  const { t } = useTranslation();
  return (
    <Link
      href={libraryPath(lawId)}
      className="button button-quiet"
      data-action="back"
      onClick={(e) => {
        if (canGoBackInApp()) {
          e.preventDefault();
          window.history.back();
        }
      }}
    >
      ← {t('library.back')}
    </Link>
  );
}

/** One article, paragraph by paragraph, with the questions that cite it and the way to practise them. */
export function ArticlePage({ lawId, article: param }: { lawId: string; article: string }) {
  const { t } = useTranslation();
  const name = useArticleName();
  const law = useHostQuery('library.law', { lawId });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = articleFromParam(param);
  const index = law.data ? law.data.articles.findIndex((a) => a.number === key) : -1;

  // A new article starts at the top with focus on its heading, as a new page would.
  useEffect(() => {
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [lawId, param, index]);

  if (law.isPending) return <p role="status">{t('app.loading')}</p>;
  if (law.isError) return <ErrorMessage error={errorOf(law.error)} onRetry={() => void law.refetch()} />;
  const article = law.data?.articles[index];
  if (!law.data || !article) {
    return (
      <div className="library">
        <BackLink lawId={lawId} />
        <p className="message message-warning">{law.data ? t('library.articleNotFound') : t('library.lawNotFound')}</p>
      </div>
    );
  }
  const { law: head, articles, banks } = law.data;
  const previous = articles[index - 1];
  const next = articles[index + 1];
  const cited = article.citedBy.reduce((n, b) => n + b.count, 0);
  return (
    <article className="library article-view" data-law={head.id} data-article={article.number} aria-labelledby="article-title">
      <div className="article-top">
        <BackLink lawId={lawId} />
        <nav aria-label={t('library.breadcrumb')} className="breadcrumb">
          <Link href={libraryPath(head.id)}>{head.title}</Link>
          {article.path.map((p) => (
            <span key={p}>
              {' › '}
              <ChapterTitle title={p} />
            </span>
          ))}
        </nav>
      </div>
      <h1 id="article-title" ref={headingRef} tabIndex={-1}>
        {name(article.number)}
      </h1>
      <div className="article-text" lang="zh-CN">
        {article.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <section className="card article-questions" aria-labelledby="article-questions-title" data-testid="article-questions">
        <h2 id="article-questions-title">{cited > 0 ? t('library.cited', { count: cited }) : t('library.notCited')}</h2>
        <div className="article-actions">
          {article.citedBy.map((b) => (
            <Link
              key={b.bankId}
              className="button button-primary"
              data-action="practise-article"
              href={practicePath({ kind: 'article', bankId: b.bankId, law: head.id, article: article.number })}
            >
              {article.citedBy.length > 1
                ? t('library.practiseIn', { count: b.count, bank: banks.find((x) => x.id === b.bankId)?.title ?? b.bankId })
                : t('library.practise', { count: b.count })}
            </Link>
          ))}
        </div>
      </section>
      <nav className="article-nav" aria-label={t('library.articleNav')}>
        {previous ? (
          <Link className="button" href={libraryPath(head.id, previous.number)} rel="prev">
            ← {t('library.previous', { article: name(previous.number) })}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link className="button" href={libraryPath(head.id, next.number)} rel="next">
            {t('library.next', { article: name(next.number) })} →
          </Link>
        )}
      </nav>
    </article>
  );
}
