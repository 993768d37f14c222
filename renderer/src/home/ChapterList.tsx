import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ChapterSummary } from '@host/domains/banks/contract';
import { practicePath } from '../app/routes';
import { ChapterTitle } from '../app/ChapterTitle';

/** The bank's chapters, each a link that starts (or resumes) practice on that chapter alone. */
export function ChapterList({ bankId, chapters }: { bankId: string; chapters: ChapterSummary[] }) {
  const { t } = useTranslation();
  const usable = chapters.filter((c) => c.progress.total > 0);
  if (usable.length === 0) return null;
  return (
    <details className="chapters">
      <summary>{t('home.byChapter')}</summary>
      <ul>
        {usable.map((c) => (
          <li key={c.id}>
            <Link className="chapter-button" data-chapter={`${bankId}/${c.id}`} href={practicePath({ kind: 'chapter', bankId, chapterId: c.id })}>
              <ChapterTitle title={c.title} />
              <span className="chapter-count">{t('home.chapterCount', { answered: c.progress.answered, total: c.progress.total })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
