import { useTranslation } from 'react-i18next';
import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekTally } from '@core/stats/calendar';
import { DataTable } from './DataTable';
import { percent, useStatsFormat } from './format';

/** Accuracy per week as a line with each point's per cent written on it; weeks without answers leave a gap. */
export function WeeklyTrend({ weeks }: { weeks: WeekTally[] }) {
  const { t } = useTranslation();
  const f = useStatsFormat();
  const data = weeks.map((w) => ({ week: f.shortDay(w.weekStart), accuracy: percent(w.correct, w.answered), answered: w.answered }));
  return (
    <>
      <div className="stats-chart" role="img" aria-label={t('stats.trend.chartLabel')}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 28, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="4 4" />
            <XAxis dataKey="week" tick={{ fill: 'var(--text)' }} stroke="var(--muted)" />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fill: 'var(--text)' }} stroke="var(--muted)" />
            <Tooltip formatter={(v) => [`${String(v)}%`, t('stats.accuracy')]} contentStyle={{ background: 'var(--surface)', color: 'var(--text)', borderColor: 'var(--border)' }} />
            <Line type="monotone" dataKey="accuracy" stroke="var(--chart-line)" strokeWidth={3} dot={{ r: 5, fill: 'var(--chart-line)' }} isAnimationActive={false} connectNulls={false}>
              <LabelList dataKey="accuracy" position="top" formatter={(v: unknown) => (typeof v === 'number' ? `${v}%` : '')} fill="var(--text)" />
            </Line>
          </LineChart>
        </ResponsiveContainer>
      </div>
      <DataTable
        caption={t('stats.trend.caption')}
        head={[t('stats.trend.week'), t('stats.answered'), t('stats.accuracy')]}
        rows={weeks.map((w, i) => ({ key: w.weekStart, cells: [data[i]!.week, w.answered, f.pct(percent(w.correct, w.answered))] }))}
      />
    </>
  );
}
