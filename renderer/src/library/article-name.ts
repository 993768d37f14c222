import { useTranslation } from 'react-i18next';
import { chineseNumeral } from '@core/law/article-label';
import type { ArticleKey } from '@core/law/statute-schema';

/** 第二条 in Chinese, the statute's own style; Art. 2 in English; 序言 / Preamble. */
export function useArticleName(): (article: ArticleKey) => string {
  const { t, i18n } = useTranslation();
  return (article) =>
    article === 'preamble' ? t('law.preamble') : t('law.article', { n: i18n.language === 'zh-CN' ? chineseNumeral(article) : String(article) });
}
