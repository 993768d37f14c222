import { useTranslation } from 'react-i18next';
import type { ChapterSummary } from '../../../core/ipc/contract';

/** The bank's chapters, each a button that starts (or resumes) practice on that chapter alone. */
export function ChapterList({ bankId, chapters, onPractise }: { bankId: string; chapters: ChapterSummary[]; onPractise: (chapterId: string) => void }) {
  const { t } = useTranslation();
  const usable = chapters.filter((c) => c.progress.total > 0);
  if (usable.length === 0) return null;
  return (
    <details className="chapters">
      <summary>{t('home.byChapter')}</summary>
      <ul>
        {usable.map((c) => (
          <li key={c.id}>
            <button type="button" className="chapter-button" data-chapter={`${bankId}/${c.id}`} onClick={() => onPractise(c.id)}>
              <span>{c.title}</span>
              <span className="chapter-count">{t('home.chapterCount', { answered: c.progress.answered, total: c.progress.total })}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
