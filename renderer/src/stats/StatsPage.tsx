import { useTranslation } from 'react-i18next';
import { MASTERED_STREAK } from '@core/stats/coverage';
import { errorOf } from '../api/client';
import { useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { BankAccuracy } from './BankAccuracy';
import { CoverageTable } from './CoverageTable';
import { Heatmap } from './Heatmap';
import { MissedArticles } from './MissedArticles';
import { WeeklyTrend } from './WeeklyTrend';
import './stats.css';

/** The statistics screen (#/stats). Loaded lazily with its chart library: see LazyStats. */
export default function StatsPage() {
  const { t } = useTranslation();
  // Answers are not patched into this result, so it is dropped on leaving and asked for afresh.
  const stats = useHostQuery('stats.overview', {}, { gcTime: 0 });
  const s = stats.data;
  const todayCount = s?.heatmap.at(-1)?.at(-1)?.answered ?? 0;
  return (
    <div className="stats">
      <h1 className="balanced">{t('stats.title')}</h1>
      <p className="lead">{t('stats.intro')}</p>
      {stats.isPending && <p role="status">{t('app.loading')}</p>}
      {stats.isError && <ErrorMessage error={errorOf(stats.error)} onRetry={() => void stats.refetch()} />}
      {s && (
        <>
          <ul className="stats-summary">
            <li className="card" data-stat="today">
              <span className="stats-figure">{todayCount}</span> {t('stats.today', { count: todayCount })}
            </li>
            <li className="card" data-stat="streak">
              <span className="stats-figure">{s.streak}</span> {t('stats.streak', { count: s.streak })}
            </li>
          </ul>

          <section className="card stats-section" aria-labelledby="stats-heatmap">
            <h2 id="stats-heatmap">{t('stats.heatmap.title')}</h2>
            <Heatmap weeks={s.heatmap} today={s.today} />
          </section>

          <section className="card stats-section" aria-labelledby="stats-trend">
            <h2 id="stats-trend">{t('stats.trend.title')}</h2>
            <WeeklyTrend weeks={s.weeks} />
          </section>

          <section className="card stats-section" aria-labelledby="stats-banks">
            <h2 id="stats-banks">{t('stats.banks.title')}</h2>
            <p className="stats-help">{t('stats.banks.help', { n: MASTERED_STREAK })}</p>
            <BankAccuracy banks={s.banks} />
            <CoverageTable banks={s.banks} />
          </section>

          <section className="card stats-section" aria-labelledby="stats-missed">
            <h2 id="stats-missed">{t('stats.missed.title')}</h2>
            <MissedArticles missed={s.missed} bankTitles={new Map(s.banks.map((b) => [b.id, b.title]))} />
          </section>
        </>
      )}
    </div>
  );
}
