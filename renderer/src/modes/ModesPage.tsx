import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { QUESTION_TYPES } from '@core/scope/question-types';
import { errorOf } from '../api/client';
import { useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { LawTitle } from '../app/LawTitle';
import { practicePath, ROUTES } from '../app/routes';
import { ModeList } from './ModeList';
import { memorisePath, modesPath } from './mode-routes';
import { RandomCard } from './RandomCard';
import { TagList } from './TagList';
import './modes.css';

/** 练习方式: every way to practise one bank (or all banks), each with how many questions it has. */
export function ModesPage({ bankId }: { bankId: string | undefined }) {
  const { t } = useTranslation();
  const overview = useHostQuery('modes.overview', bankId === undefined ? {} : { bankId }, { gcTime: 0 });
  const banks = useHostQuery('banks.list', {});
  if (overview.isPending || banks.isPending) return <p role="status">{t('app.loading')}</p>;
  if (overview.isError) return <ErrorMessage error={errorOf(overview.error)} onRetry={() => void overview.refetch()} />;
  if (banks.isError) return <ErrorMessage error={errorOf(banks.error)} onRetry={() => void banks.refetch()} />;
  const o = overview.data;
  const summary = bankId === undefined ? undefined : banks.data.banks.find((b) => b.id === bankId);
  const bank = bankId === undefined ? {} : { bankId };

  return (
    <div className="modes" data-modes={bankId ?? '*'}>
      <div className="practice-top">
        <Link href={ROUTES.home} className="button button-quiet">
          ← {t('modes.back')}
        </Link>
        <div className="practice-heading">
          <h1 className="practice-title">{t('modes.title')}</h1>
          <p className="practice-chapter">
            {summary ? <LawTitle title={summary.title} /> : t('modes.allBanks')} · {t('modes.total', { count: o.total })}
          </p>
        </div>
        {bankId !== undefined && (
          <Link href={modesPath()} className="button button-quiet" data-action="all-modes">
            {t('modes.allBanksLink')}
          </Link>
        )}
      </div>

      <div className="modes-grid">
        {summary && (
          <section className="card mode-card" aria-labelledby="mode-sequential" data-mode-card="sequential">
            <h2 id="mode-sequential">{t('modes.sequential.title')}</h2>
            <p className="lead">{t('modes.sequential.hint')}</p>
            <div className="bank-actions">
              <Link className="button button-primary" href={practicePath({ kind: 'bank', bankId: summary.id })} data-action="sequential">
                {t('modes.sequential.start')}
              </Link>
              <span className="mode-note">{t('modes.count', { count: o.total })}</span>
            </div>
          </section>
        )}

        <RandomCard bankId={bankId} round={o.round} total={o.total} chapters={summary?.chapters ?? []} />

        <section className="card mode-card" aria-labelledby="mode-memorise" data-mode-card="memorise">
          <h2 id="mode-memorise">{t('modes.memorise.title')}</h2>
          <p className="lead">{t('modes.memorise.hint')}</p>
          {bankId !== undefined ? (
            <div className="bank-actions">
              <Link className="button button-primary" href={memorisePath(bankId)} data-action="memorise">
                {t('modes.memorise.start')}
              </Link>
              <span className="mode-note" data-testid="memorise-seen">
                {t('modes.memorise.seen', { seen: o.seen, total: o.total })}
              </span>
            </div>
          ) : (
            <p className="mode-note">{t('modes.memorise.perBank')}</p>
          )}
        </section>

        <section className="card mode-card" aria-labelledby="mode-type" data-mode-card="type">
          <h2 id="mode-type">{t('modes.byType.title')}</h2>
          <ModeList
            name="type"
            entries={QUESTION_TYPES.map((q) => ({ key: q, label: t(`modes.byType.${q}`), count: o.types[q], href: practicePath({ kind: 'type', questionType: q, ...bank }) }))}
          />
        </section>

        <section className="card mode-card" aria-labelledby="mode-difficulty" data-mode-card="difficulty">
          <h2 id="mode-difficulty">{t('modes.byDifficulty.title')}</h2>
          <ModeList
            name="difficulty"
            entries={o.difficulties.map(({ level, count }) => ({
              key: String(level),
              label: t(`modes.byDifficulty.${level}`),
              count,
              href: practicePath({ kind: 'difficulty', level, ...bank }),
            }))}
          />
        </section>

        <section className="card mode-card mode-card-wide" aria-labelledby="mode-tag" data-mode-card="tag">
          <h2 id="mode-tag">{t('modes.byTag.title')}</h2>
          {o.tags.length === 0 ? (
            <p className="mode-note">{t('modes.byTag.none')}</p>
          ) : (
            <TagList tags={o.tags} href={(tag) => practicePath({ kind: 'tag', tag, ...bank })} />
          )}
        </section>
      </div>
    </div>
  );
}
