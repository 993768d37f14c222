import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PracticeSession } from '@host/domains/practice/contract';
import { practicePath, ROUTES } from '../app/routes';

/** The end of a round: what it came to, and the ways on (again, the wrong ones, home). */
export function FinishedRound({ data, onNewRound }: { data: PracticeSession; onNewRound: () => void }) {
  const { t } = useTranslation();
  const records = data.items.map((i) => data.progress[i.id]);
  const answered = records.filter(Boolean).length;
  const mastered = records.filter((p) => p?.lastCorrect).length;
  const wrong = records.filter((p) => p && !p.lastCorrect).length;
  return (
    <section className="card finished" aria-labelledby="finished-title" data-testid="finished-round">
      <h2 id="finished-title">{t('practice.finishedTitle')}</h2>
      <p>{t('practice.finishedStats', { answered, total: data.items.length, mastered, wrong })}</p>
      <div className="practice-actions">
        <button type="button" className="button button-primary" onClick={onNewRound}>
          {t('practice.newRound')}
        </button>
        {wrong > 0 && data.bank && (
          <Link className="button" href={practicePath({ kind: 'wrong', bankId: data.bank.id })}>
            {t('practice.reviewWrong', { count: wrong })}
          </Link>
        )}
        <Link className="button" href={ROUTES.home}>
          {t('practice.toHome')}
        </Link>
      </div>
    </section>
  );
}
