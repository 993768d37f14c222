import { useTranslation } from 'react-i18next';
import type { Citation } from '@core/bank/schema';
import { chineseNumeral } from '@core/law/article-label';

export function CitationList({ basis, laws }: { basis: Citation[]; laws: { id: string; title: string }[] }) {
  const { t, i18n } = useTranslation();
  // 第二条 in Chinese, the statute's own style; Art. 2 in English.
  const number = (n: number) => (i18n.language === 'zh-CN' ? chineseNumeral(n) : String(n));
  return (
    <ul className="citations">
      {basis.map((c, i) => {
        const title = laws.find((l) => l.id === c.law)?.title ?? c.law;
        const article = c.article === 'preamble' ? t('law.preamble') : t('law.article', { n: number(c.article) });
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
