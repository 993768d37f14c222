import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { PracticeSession as SessionData } from '@host/domains/practice/contract';
import { call, errorOf } from '../api/client';
import { mutate, queryKey, useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { LawTitle } from '../app/LawTitle';
import { positionFromAt } from '../app/routes';
import { memorisePath, modesPath } from './mode-routes';
import { MemoriseView } from './MemoriseView';
import './modes.css';

/** Keys are asked for this many questions at a time: the current one and the next few. */
const BATCH = 5;

/** 背题: a bank's questions with their keys, paged through; they count as seen, never as answered. */
export function MemorisePage({ bankId, at }: { bankId: string; at: string | undefined }) {
  const { t } = useTranslation();
  const open = useHostQuery('practice.open', { scope: { kind: 'bank', bankId } }, { gcTime: 0 });
  if (open.isPending) return <p role="status">{t('app.loading')}</p>;
  if (open.isError) return <ErrorMessage error={errorOf(open.error)} onRetry={() => void open.refetch()} />;
  return <MemoriseSession data={open.data} bankId={bankId} at={at} />;
}

const batchArg = (bankId: string, ids: string[], batch: number) => ({ bankId, questionIds: ids.slice(batch * BATCH, batch * BATCH + BATCH) });

function MemoriseSession({ data, bankId, at }: { data: SessionData; bankId: string; at: string | undefined }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const ids = data.items.map((i) => i.id);
  const count = ids.length;
  const urlPosition = positionFromAt(at, count);
  // There is no "finished" in memorising: the last question is as far as it goes.
  const position = Math.max(0, Math.min(urlPosition ?? 0, count - 1));
  const item = data.items[position];
  const batch = Math.floor(position / BATCH);
  const reveals = useHostQuery('practice.reveal', batchArg(bankId, ids, batch));
  const reveal = reveals.data?.find((r) => r.questionId === item?.id);
  const stemRef = useRef<HTMLHeadingElement>(null);
  const recorded = useRef(new Set<string>());
  const [seenFailed, setSeenFailed] = useState(false);

  const go = (to: number) => {
    if (to >= 0 && to < count) navigate(memorisePath(bankId, to), { replace: true });
  };

  useEffect(() => {
    if (count > 0 && urlPosition !== position) navigate(memorisePath(bankId, position), { replace: true });
  }, [urlPosition, position, count, bankId, navigate]);

  // Ask for the next batch's keys before the learner gets there.
  useEffect(() => {
    const next = batchArg(bankId, ids, batch + 1);
    if (next.questionIds.length > 0) void client.prefetchQuery({ queryKey: queryKey('practice.reveal', next), queryFn: () => call('practice.reveal', next) });
  }, [batch]); // eslint-disable-line react-hooks/exhaustive-deps -- per batch only

  // A question counts as seen once its key is on screen; a failure to record it does not stop memorising.
  useEffect(() => {
    if (!item || !reveal || recorded.current.has(item.id)) return;
    recorded.current.add(item.id);
    mutate(client, 'modes.seen', { bankId, questionIds: [item.id] }).catch(() => setSeenFailed(true));
  }, [item, reveal, bankId, client]);

  useEffect(() => {
    window.scrollTo({ top: 0 });
    stemRef.current?.focus({ preventScroll: true });
  }, [position]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || (e.target instanceof HTMLElement && e.target.closest('input, textarea, select'))) return;
      if (e.key === 'ArrowLeft') go(position - 1);
      else if (e.key === 'ArrowRight') go(position + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const top = (
    <div className="practice-top">
      <Link href={modesPath(bankId)} className="button button-quiet">
        ← {t('modes.memorise.toModes')}
      </Link>
      <div className="practice-heading">
        <h1 className="practice-title">{data.bank ? <LawTitle title={data.bank.title} /> : t('modes.allBanks')}</h1>
        <p className="practice-chapter">{t('modes.memorise.heading')}</p>
      </div>
      {item && (
        <p className="practice-position" aria-live="polite">
          {t('modes.memorise.position', { n: position + 1, total: count })}
        </p>
      )}
    </div>
  );
  if (!item) {
    return (
      <div className="practice memorise">
        {top}
        <p className="card">{t('practice.empty')}</p>
      </div>
    );
  }

  return (
    <div className="practice memorise" data-question-id={item.id} data-position={position} data-memorise="">
      {top}
      {reveals.isError && <ErrorMessage error={errorOf(reveals.error)} onRetry={() => void reveals.refetch()} />}
      <MemoriseView item={item} reveal={reveal} laws={data.laws} stemRef={stemRef}>
        {seenFailed && <p className="message message-warning">{t('modes.memorise.seenFailed')}</p>}
        <div className="memorise-actions">
          <button type="button" className="button" disabled={position === 0} onClick={() => go(position - 1)} data-action="previous">
            ← {t('modes.memorise.previous')}
          </button>
          <button type="button" className="button button-primary" disabled={position >= count - 1} onClick={() => go(position + 1)} data-action="next">
            {t('modes.memorise.next')} →
          </button>
        </div>
      </MemoriseView>
      <p className="keys-hint">{t('modes.memorise.keysHint')}</p>
    </div>
  );
}
