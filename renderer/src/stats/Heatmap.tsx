import { useTranslation } from 'react-i18next';
import type { DayCell } from '@core/stats/calendar';
import { DataTable } from './DataTable';
import { useStatsFormat } from './format';

/** Shade 1–4 of a day relative to the busiest day shown; 0 = no answers. */
const levelOf = (answered: number, max: number) => (answered === 0 ? 0 : Math.max(1, Math.ceil((answered / max) * 4)));

/**
 * Answers per local day, a column per week (Monday on top). Each day with answers shows its
 * count as text, so the shade is never the only carrier of the number.
 */
export function Heatmap({ weeks, today }: { weeks: DayCell[][]; today: string }) {
  const { t } = useTranslation();
  const f = useStatsFormat();
  const max = Math.max(1, ...weeks.flat().map((c) => c.answered));
  const weekdays = t('stats.weekdays').split(',');
  const total = weeks.flat().reduce((s, c) => s + c.answered, 0);
  const active = weeks.flat().filter((c) => c.answered > 0).length;
  const first = weeks[0]?.[0]?.day ?? today;
  return (
    <>
      <p>{t('stats.heatmap.summary', { count: total, days: active, from: f.longDay(first), to: f.longDay(today) })}</p>
      <div className="heatmap" aria-hidden="true" style={{ gridTemplateColumns: `auto repeat(${weeks.length}, minmax(0, 1fr))` }}>
        {weeks.map((week, w) => {
          // A month's name over the first week that starts in it (months are 4+ weeks apart, so it has room).
          const start = week[0]!.day;
          if (w > 0 && start.slice(0, 7) === weeks[w - 1]![0]!.day.slice(0, 7)) return null;
          return (
            <span key={`m${start}`} className="heat-month" style={{ gridColumn: `${w + 2} / span ${Math.min(3, weeks.length - w)}`, gridRow: 1 }}>
              {w === 0 && start.slice(8) > '24' ? '' : f.month(start)}
            </span>
          );
        })}
        {weekdays.map((d, i) => (
          <span key={`wd${i}`} className="heat-weekday" style={{ gridColumn: 1, gridRow: i + 2 }}>
            {i % 2 === 0 ? d : ''}
          </span>
        ))}
        {weeks.map((week, w) =>
          week.map((c, d) => (
            <span
              key={c.day}
              className={`heat-cell${c.day === today ? ' heat-today' : ''}`}
              style={{ gridColumn: w + 2, gridRow: d + 2 }}
              data-day={c.day}
              data-count={c.answered}
              data-level={levelOf(c.answered, max)}
              title={t('stats.heatmap.cell', { day: f.longDay(c.day), count: c.answered, correct: c.correct })}
            >
              {c.answered > 0 ? c.answered : ''}
            </span>
          )),
        )}
      </div>
      <p className="heat-legend" aria-hidden="true">
        <span>{t('stats.heatmap.less')}</span>
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} className="heat-cell" data-level={l} />
        ))}
        <span>{t('stats.heatmap.more')}</span>
        <span className="heat-cell heat-today" data-level={0} />
        <span>{t('stats.heatmap.today')}</span>
      </p>
      <DataTable
        caption={t('stats.heatmap.caption')}
        head={[t('stats.heatmap.week'), ...weekdays]}
        rows={weeks.map((week) => ({
          key: week[0]!.day,
          cells: [f.shortDay(week[0]!.day), ...weekdays.map((_, d) => (week[d] ? week[d].answered : '—'))],
        }))}
      />
    </>
  );
}
