import { useTranslation } from 'react-i18next';
import type { BankCoverage, Coverage } from '@core/stats/coverage';
import { percent, useStatsFormat } from './format';

/** Seen, mastered and accuracy per bank, each bank's chapters beneath it. Always a table: it is the data. */
export function CoverageTable({ banks }: { banks: BankCoverage[] }) {
  const { t } = useTranslation();
  const f = useStatsFormat();
  const share = (n: number, total: number) => (total === 0 ? t('stats.none') : t('stats.coverage.ofTotal', { n, total, p: percent(n, total) }));
  const cells = (c: Coverage) => (
    <>
      <td>{share(c.seen, c.total)}</td>
      <td>{share(c.mastered, c.total)}</td>
      <td>{f.pct(percent(c.correct, c.attempts))}</td>
    </>
  );
  return (
    <div className="table-scroll">
      <table className="coverage-table">
        <caption className="visually-hidden">{t('stats.coverage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.coverage.scope')}</th>
            <th scope="col">{t('stats.coverage.seen')}</th>
            <th scope="col">{t('stats.coverage.mastered')}</th>
            <th scope="col">{t('stats.accuracy')}</th>
          </tr>
        </thead>
        {banks.map((b) => (
          <tbody key={b.id} data-bank={b.id}>
            <tr className="coverage-bank">
              <th scope="row">{b.title}</th>
              {cells(b)}
            </tr>
            {/* A bank not yet practised is one row: its chapters would only repeat "0 of n". */}
            {(b.seen > 0 ? b.chapters : []).map((c) => (
              <tr key={c.id} className="coverage-chapter" data-chapter={c.id}>
                <th scope="row">{c.title}</th>
                {cells(c)}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
