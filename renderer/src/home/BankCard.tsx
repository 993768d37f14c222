import { useTranslation } from 'react-i18next';
import type { BankSummary } from '../../../core/ipc/contract';
import { ProgressBar } from '../app/ProgressBar';
import { ChapterList } from './ChapterList';

export function BankCard({ bank, onPractise }: { bank: BankSummary; onPractise: (chapterId?: string) => void }) {
  const { t } = useTranslation();
  const { total, answered, mastered } = bank.progress;
  const started = answered > 0 || bank.position > 0;
  return (
    <article className="card bank-card" data-bank={bank.id} aria-labelledby={`bank-${bank.id}`}>
      <h2 id={`bank-${bank.id}`}>{bank.title}</h2>
      <p className="bank-count">{t('home.questions', { count: total })}</p>
      <ProgressBar value={answered} max={total} label={t('home.progressLabel', { title: bank.title })} />
      <p className="bank-progress" data-testid="bank-progress">
        {t('home.answered', { answered, total })}
        {answered > 0 && <> · {t('home.mastered', { count: mastered })}</>}
      </p>
      <button type="button" className="button button-primary" onClick={() => onPractise()}>
        {started ? t('home.continue', { n: bank.position + 1 }) : t('home.start')}
      </button>
      <ChapterList bankId={bank.id} chapters={bank.chapters} onPractise={onPractise} />
    </article>
  );
}
