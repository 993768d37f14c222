import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Citation } from '@core/bank/schema';
import { libraryPath } from '../app/routes';
import { useArticleName } from '../library/article-name';

export function CitationList({ basis, laws }: { basis: Citation[]; laws: { id: string; title: string }[] }) {
  const { t } = useTranslation();
  const name = useArticleName();
  return (
    <ul className="citations">
      {basis.map((c, i) => {
        const title = laws.find((l) => l.id === c.law)?.title ?? c.law;
        const article = name(c.article);
        return (
          <li key={i}>
            <blockquote className="quote">
              <p>{c.quote}</p>
              <footer>
                {/* The cited article in the statute library, to read it whole. */}
                <cite>
                  <Link href={libraryPath(c.law, c.article)} data-citation={`${c.law}/${c.article}`}>
                    {t('law.citation', { title, article })}
                  </Link>
                </cite>
              </footer>
            </blockquote>
          </li>
        );
      })}
    </ul>
  );
}
