import { useTranslation } from 'react-i18next';
import type { Citation } from '../../../core/bank/schema';

export function CitationList({ basis, laws }: { basis: Citation[]; laws: { id: string; title: string }[] }) {
  const { t } = useTranslation();
  return (
    <ul className="citations">
      {basis.map((c, i) => {
        const title = laws.find((l) => l.id === c.law)?.title ?? c.law;
        const article = c.article === 'preamble' ? t('law.preamble') : t('law.article', { n: c.article });
        return (
          <li key={i}>
            <blockquote className="quote">
              <p>{c.quote}</p>
              <footer>
                <cite>{t('law.citation', { title, article })}</cite>
              </footer>
            </blockquote>
          </li>
        );
      })}
    </ul>
  );
}
