import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useHostQuery } from '../api/queries';
import './review.css';
import { practicePath, ROUTES } from '../app/routes';

/**
 * 考试计划 and 今日复习 on the start screen: how many days are left, what remains, how much a
 * day covers the rest in time, and the way into today's review queue.
 */
export function PlanCard() {
  const { t } = useTranslation();
  const summary = useHostQuery('review.summary', {});
  // The card adds to the start screen; while it loads or if it fails, the banks still show.
  if (!summary.data) return null;
  const { queue, dueTotal, unseen, wrong, plan } = summary.data;
  return (
    <section className="card plan-card" aria-labelledby="plan-title" data-testid="plan-card">
      <h2 id="plan-title" className="plan-title">
        {t('review.planTitle')}
      </h2>
      {plan === null ? (
        <p className="plan-days" data-testid="plan-days">
          {t('review.noExamDate')} <Link href={ROUTES.settings}>{t('review.setExamDate')}</Link>
        </p>
      ) : plan.daysLeft < 0 ? (
        <p className="plan-days" data-testid="plan-days">
          {t('review.examPassed', { date: plan.examDate })} <Link href={ROUTES.settings}>{t('review.setExamDate')}</Link>
        </p>
      ) : (
        <p className="plan-days" data-testid="plan-days">
          {plan.daysLeft === 0 ? t('review.examToday') : t('review.daysLeft', { count: plan.daysLeft, date: plan.examDate })}
        </p>
      )}
      <dl className="plan-figures">
        <div>
          <dt>{t('review.unseen')}</dt>
          <dd data-testid="plan-unseen">{unseen}</dd>
        </div>
        <div>
          <dt>{t('review.dueToday')}</dt>
          <dd data-testid="plan-due">{dueTotal}</dd>
        </div>
        <div>
          <dt>{t('review.wrong')}</dt>
          <dd data-testid="plan-wrong">{wrong}</dd>
        </div>
        {plan !== null && plan.daysLeft >= 0 && (
          <div>
            <dt>{t('review.dailyTarget')}</dt>
            <dd data-testid="plan-target">{t('review.perDay', { count: plan.dailyTarget })}</dd>
          </div>
        )}
      </dl>
      <div className="plan-actions">
        {queue > 0 ? (
          // Always from the first question: the queue is made afresh each time it opens.
          <Link className="button button-primary" href={practicePath({ kind: 'due' }, 0)} data-action="review-due">
            {t('review.start', { count: queue })}
          </Link>
        ) : (
          <p className="plan-done">{t('review.nothingDue')}</p>
        )}
      </div>
    </section>
  );
}
