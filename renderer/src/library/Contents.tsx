import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { StatuteHeading } from '@core/law/statute-schema';
import type { LibraryArticle } from '@host/domains/library/contract';
import { ChapterTitle } from '../app/ChapterTitle';
import { libraryPath } from '../app/routes';
import { useArticleName } from './article-name';

const pathKey = (path: readonly string[]) => path.join('\u0000');

/**
 * The law's table of contents: 编 → 章 → 节 with the articles under each, every article a
 * link showing the start of its text. The top level folds; a long code (the civil code,
 * 1,260 articles) starts folded so the page opens short.
 */
export function Contents({ lawId, structure, articles }: { lawId: string; structure: StatuteHeading[]; articles: LibraryArticle[] }) {
  const { t } = useTranslation();
  const byPath = new Map<string, LibraryArticle[]>();
  for (const a of articles) {
    const list = byPath.get(pathKey(a.path)) ?? [];
    list.push(a);
    byPath.set(pathKey(a.path), list);
  }
  const open = articles.length <= 300;
  return (
    <section className="contents" aria-labelledby="contents-title">
      <h2 id="contents-title">{t('library.contents')}</h2>
      <ArticleList lawId={lawId} articles={byPath.get(pathKey([])) ?? []} />
      {structure.map((h) => (
        <details key={h.title} className="contents-part" open={open}>
          <summary>
            <ChapterTitle title={h.title} />
          </summary>
          <Section lawId={lawId} heading={h} path={[h.title]} byPath={byPath} depth={0} />
        </details>
      ))}
    </section>
  );
}

function Section({ lawId, heading, path, byPath, depth }: { lawId: string; heading: StatuteHeading; path: string[]; byPath: Map<string, LibraryArticle[]>; depth: number }) {
  return (
    <div className="contents-section">
      <ArticleList lawId={lawId} articles={byPath.get(pathKey(path)) ?? []} />
      {heading.children.map((c) => {
        const Heading = depth === 0 ? 'h3' : 'h4';
        return (
          <section key={c.title} aria-label={c.title}>
            <Heading className="contents-heading">
              <ChapterTitle title={c.title} />
            </Heading>
            <Section lawId={lawId} heading={c} path={[...path, c.title]} byPath={byPath} depth={depth + 1} />
          </section>
        );
      })}
    </div>
  );
}

function ArticleList({ lawId, articles }: { lawId: string; articles: LibraryArticle[] }) {
  const { t } = useTranslation();
  const name = useArticleName();
  if (articles.length === 0) return null;
  return (
    <ul className="contents-articles">
      {articles.map((a) => {
        const cited = a.citedBy.reduce((n, b) => n + b.count, 0);
        return (
          <li key={a.number}>
            <Link className="contents-article" href={libraryPath(lawId, a.number)} data-article={a.number}>
              <strong className="contents-label">{name(a.number)}</strong>
              <span className="contents-preview">{a.paragraphs[0]}</span>
              {cited > 0 && <span className="contents-cited">{t('library.cited', { count: cited })}</span>}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
