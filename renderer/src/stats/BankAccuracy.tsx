import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { BankCoverage } from '@core/stats/coverage';
import { percent } from './format';

const STATE = '中华人民共和国';
/** Axis labels drop the state prefix every bundled law shares; the tables keep the full title. */
const shortTitle = (title: string) => (title.startsWith(STATE) && title.length > STATE.length ? title.slice(STATE.length) : title);

/** Accuracy per bank that has answers, as bars with their per cent written beside them. */
export function BankAccuracy({ banks }: { banks: BankCoverage[] }) {
  const { t } = useTranslation();
  const data = banks.filter((b) => b.attempts > 0).map((b) => ({ bank: shortTitle(b.title), accuracy: percent(b.correct, b.attempts) }));
  if (data.length === 0) return null;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 18;
  const longest = Math.max(...data.map((d) => d.bank.length));
  return (
    <div className="stats-chart stats-chart-bars" role="img" aria-label={t('stats.banks.chartLabel')} style={{ height: `${data.length * 2.4 + 3}rem` }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 4 * rem, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="4 4" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fill: 'var(--text)' }} stroke="var(--muted)" />
          <YAxis type="category" dataKey="bank" width={Math.min(longest * rem * 0.85 + 16, 16 * rem)} tick={{ fill: 'var(--text)' }} stroke="var(--muted)" />
          <Bar dataKey="accuracy" fill="var(--chart-bar)" isAnimationActive={false} barSize={rem * 1.2}>
            <LabelList dataKey="accuracy" position="right" formatter={(v: unknown) => (typeof v === 'number' ? `${v}%` : '')} fill="var(--text)" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
