import { useTranslation } from 'react-i18next';
import { PracticePage } from '../practice/PracticePage';
import { articleFromParam } from '../app/routes';

/** The article-practice route: its segment checked before it becomes a scope. */
export function ArticlePractice({ bankId, law, article, at }: { bankId: string; law: string; article: string; at: string | undefined }) {
  const { t } = useTranslation();
  const key = articleFromParam(article);
  if (key === undefined) return <p>{t('app.notFound')}</p>;
  return <PracticePage scope={{ kind: 'article', bankId, law, article: key }} at={at} />;
}
