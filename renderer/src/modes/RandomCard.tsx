import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { AppErrorShape } from '@core/ipc/envelope';
import type { ChapterSummary } from '@host/domains/banks/contract';
import type { ModesOverview } from '@host/domains/modes/contract';
import { errorOf } from '../api/client';
import { mutate } from '../api/queries';
import { ChapterTitle } from '../app/ChapterTitle';
import { ErrorMessage } from '../app/ErrorMessage';
import { practicePath } from '../app/routes';

interface Props {
  bankId: string | undefined;
  round: ModesOverview['round'];
  total: number;
  chapters: ChapterSummary[];
}

/** 随机练习: continue the current round, or start a new one (a new seed, the order fixed by the host). */
export function RandomCard({ bankId, round, total, chapters }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape>();
  const bank = bankId === undefined ? {} : { bankId };

  const start = async (chapterId?: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const place = { ...bank, ...(chapterId !== undefined && { chapterId }) };
      const { result } = await mutate(client, 'modes.newRound', place);
      navigate(practicePath({ kind: 'random', seed: result.seed, ...place }));
    } catch (e) {
      setError(errorOf(e));
      setBusy(false);
    }
  };

  const finished = round !== undefined && round.position >= round.total;
  const usable = chapters.filter((c) => c.progress.total > 0);
  return (
    <section className="card mode-card" aria-labelledby="mode-random" data-mode-card="random">
      <h2 id="mode-random">{t('modes.random.title')}</h2>
      <p className="lead">{t('modes.random.hint')}</p>
      <div className="bank-actions">
        {round && !finished && (
          <Link className="button button-primary" href={practicePath({ kind: 'random', seed: round.seed, ...bank })} data-action="random-continue">
            {t('modes.random.continue', { n: round.position + 1, total: round.total })}
          </Link>
        )}
        {finished && <p className="mode-note">{t('modes.random.finished', { total: round.total })}</p>}
        <button
          type="button"
          className={round && !finished ? 'button' : 'button button-primary'}
          disabled={busy || total === 0}
          onClick={() => void start()}
          data-action="random-new"
        >
          {busy ? t('modes.random.starting') : round ? t('modes.random.newRound') : t('modes.random.start')}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      {bankId !== undefined && usable.length > 0 && (
        <details className="chapters">
          <summary>{t('modes.random.byChapter')}</summary>
          <ul>
            {usable.map((c) => (
              <li key={c.id}>
                <button type="button" className="chapter-button" disabled={busy} onClick={() => void start(c.id)} data-random-chapter={c.id}>
                  <ChapterTitle title={c.title} />
                  <span className="chapter-count">{t('modes.count', { count: c.progress.total })}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
