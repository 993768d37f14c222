import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { BankSummary } from '@host/domains/banks/contract';
import { LawTitle } from '../app/LawTitle';
import { ProgressBar } from '../app/ProgressBar';
import { practicePath } from '../app/routes';
import { ChapterList } from './ChapterList';
import { modesPath } from '../modes/mode-routes';

export function BankCard({ bank }: { bank: BankSummary }) {
  const { t } = useTranslation();
  const { total, answered, mastered } = bank.progress;
  const finished = total > 0 && bank.position >= total;
  const started = answered > 0 || bank.position > 0;
  const scope = { kind: 'bank' as const, bankId: bank.id };
  return (
    <article className="card bank-card" data-bank={bank.id} aria-labelledby={`bank-${bank.id}`}>
      <h3 id={`bank-${bank.id}`} className="bank-title">
        <LawTitle title={bank.title} />
      </h3>
      <p className="bank-progress" data-testid="bank-progress">
        {answered > 0 ? (
          <>
            {t('home.answered', { answered, total })} · {t('home.mastered', { count: mastered })}
          </>
        ) : (
          t('home.questions', { count: total })
        )}
      </p>
      <ProgressBar value={answered} max={total} label={t('home.progressLabel', { title: bank.title })} />
      <div className="bank-actions">
        <Link className="button button-primary" href={practicePath(scope)} data-action="practise">
          {finished ? t('home.finished') : started ? t('home.continue', { n: bank.position + 1 }) : t('home.start')}
        </Link>
        {bank.wrong > 0 && (
          <Link className="button" href={practicePath({ kind: 'wrong', bankId: bank.id })} data-action="review-wrong">
            {t('home.reviewWrong', { count: bank.wrong })}
          </Link>
        )}
        <Link className="button button-quiet" href={modesPath(bank.id)} data-action="modes">
          {t('modes.more')}
        </Link>
      </div>
      <ChapterList bankId={bank.id} chapters={bank.chapters} />
    </article>
  );
}
