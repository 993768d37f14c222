import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AppErrorShape } from '@core/ipc/envelope';
import type { MistakeEntry } from '@host/domains/study/contract';
import { errorOf } from '../api/client';
import { mutate, useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { LawTitle } from '../app/LawTitle';
import { practicePath } from '../app/routes';
import { describeWrongChoice } from './wrong-choice';
import './study.css';

/** 错题本: every question got wrong and not yet mastered again, per bank, with the way to practise them. */
export function MistakesPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  // Asked afresh on every visit: answers elsewhere move questions in and out.
  const book = useHostQuery('study.mistakes', {}, { gcTime: 0 });
  const [removed, setRemoved] = useState<MistakeEntry | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const change = async (work: () => Promise<unknown>, after: () => void) => {
    setError(null);
    try {
      await work();
      after();
      await client.invalidateQueries({ queryKey: ['study.mistakes'] });
      void client.invalidateQueries({ queryKey: ['study.overview'] });
    } catch (e) {
      setError(errorOf(e));
    }
  };
  const remove = (entry: MistakeEntry) => void change(() => mutate(client, 'study.remove', { questionId: entry.questionId }), () => setRemoved(entry));
  const restore = (entry: MistakeEntry) => void change(() => mutate(client, 'study.restore', { questionId: entry.questionId }), () => setRemoved(null));

  if (book.isPending) return <p role="status">{t('app.loading')}</p>;
  if (book.isError) return <ErrorMessage error={errorOf(book.error)} onRetry={() => void book.refetch()} />;
  const { banks, exitStreak } = book.data;
  const total = banks.reduce((n, b) => n + b.entries.length, 0);

  return (
    <div className="mistakes-page" data-testid="mistakes-page">
      <h1>{t('study.title')}</h1>
      <p className="lead">{t('study.intro', { count: exitStreak })}</p>
      <div aria-live="polite">
        {removed && (
          <p className="message message-info removed-note" data-testid="removed-note">
            {t('study.removed')}{' '}
            <button type="button" className="button" onClick={() => restore(removed)} data-action="undo-remove">
              {t('study.undoRemove')}
            </button>
          </p>
        )}
      </div>
      {error && <ErrorMessage error={error} />}
      {total === 0 ? (
        <p className="card" data-testid="mistakes-empty">
          {t('study.empty')}
        </p>
      ) : (
        <p>
          <Link className="button button-primary" href={practicePath({ kind: 'mistakes' }, 0)} data-action="practise-mistakes">
            {t('study.practiseAll', { count: total })}
          </Link>
        </p>
      )}
      {banks.map((bank) => (
        <section key={bank.bankId} className="card mistakes-bank" aria-labelledby={`mistakes-${bank.bankId}`} data-bank-id={bank.bankId}>
          <div className="mistakes-bank-head">
            <h2 id={`mistakes-${bank.bankId}`} className="mistakes-bank-title">
              <LawTitle title={bank.title} /> <span className="mistakes-count">{t('study.bankCount', { count: bank.entries.length })}</span>
            </h2>
            <Link className="button" href={practicePath({ kind: 'mistakes', bankId: bank.bankId }, 0)} data-action="practise-bank">
              {t('study.practiseBank')}
            </Link>
          </div>
          <ul className="mistakes-list">
            {bank.entries.map((e) => (
              <li key={e.questionId} className="mistake" data-question-id={e.questionId}>
                <p className="mistake-stem">{e.stem}</p>
                <p className="mistake-facts">
                  <span data-testid="missed">{t('study.missed', { count: e.missed })}</span>
                  <span>{t('study.lastWrongAt', { when: when.format(e.lastWrongAt) })}</span>
                  {exitStreak > 1 && <span>{t('study.rightSince', { n: e.rightSince, total: exitStreak })}</span>}
                </p>
                {e.lastWrong && (
                  <p className="mistake-choice" data-testid="last-wrong">
                    {t('study.lastWrong', { answer: describeWrongChoice(e.lastWrong, t) })}
                  </p>
                )}
                <button type="button" className="button button-quiet" aria-label={t('study.removeLabel', { stem: e.stem })} onClick={() => remove(e)} data-action="remove-mistake">
                  {t('study.remove')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
