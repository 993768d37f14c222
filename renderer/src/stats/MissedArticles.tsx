import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MissedArticle } from '@core/stats/coverage';
import { LawTitle } from '../app/LawTitle';
import { practicePath } from '../app/routes';
import { useArticleName } from '../library/article-name';

/** The articles answered wrong most often, each a link to practise its questions. */
export function MissedArticles({ missed, bankTitles }: { missed: MissedArticle[]; bankTitles: Map<string, string> }) {
  const { t } = useTranslation();
  const articleName = useArticleName();
  if (missed.length === 0) return <p>{t('stats.missed.none')}</p>;
  return (
    <ol className="missed-list">
      {missed.map((m) => {
        const key = `${m.bankId}/${m.law}/${m.article}`;
        return (
          <li key={key} data-missed={key}>
            <span className="missed-text">
              <span className="missed-name">
                <LawTitle title={m.lawTitle} /> {articleName(m.article)}
              </span>
              <span className="missed-count">{t('stats.missed.wrong', { count: m.wrong, questions: m.questions })}</span>
              {/* The bank only when it is not simply the law's own bank (a bundled bank is named after its law). */}
              {bankTitles.size > 1 && bankTitles.get(m.bankId) !== m.lawTitle && <span className="missed-bank">{bankTitles.get(m.bankId)}</span>}
            </span>
            <Link className="button" href={practicePath({ kind: 'article', bankId: m.bankId, law: m.law, article: m.article })}>
              {t('stats.missed.practise', { article: articleName(m.article) })}
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
