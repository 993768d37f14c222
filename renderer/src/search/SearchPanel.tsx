import { useEffect, useId, useState, type RefObject } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ArgOf } from '@host/domains/contract';
import type { QuestionMatch } from '@host/domains/search/contract';
import { call, errorOf } from '../api/client';
import { queryKey, useHostQuery } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { practicePath } from '../app/routes';
import { SearchHitView } from './SearchHitView';
import { useDebounced } from './useDebounced';

/** Long enough to skip the keys of a word typed in one go, short enough to feel immediate. */
const DEBOUNCE_MS = 150;

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  draft: string;
  onDraft: (s: string) => void;
  bankId: string | undefined;
  onBank: (id: string | undefined) => void;
  onClose: () => void;
}

/** The dialog's contents: the field, the bank filter, the results (↑/↓, Enter) and "practise all". */
export function SearchPanel({ inputRef, draft, onDraft, bankId, onBank, onClose }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const ids = useId();
  const banks = useHostQuery('banks.list', {});
  const query = useDebounced(draft.trim(), DEBOUNCE_MS);
  const arg: ArgOf<'search.questions'> = bankId === undefined ? { query } : { query, bankId };
  const search = useQuery({
    queryKey: queryKey('search.questions', arg),
    queryFn: () => call('search.questions', arg),
    enabled: query !== '',
    // The last results stay up while the next keystroke's are on their way: no flicker.
    placeholderData: keepPreviousData,
  });
  const data = query === '' ? undefined : search.data;
  const matches = data?.matches ?? [];
  // The highlighted result belongs to the results it was chosen in: new results start at the first.
  const [picked, setPicked] = useState({ for: data, index: 0 });
  const active = picked.for === data ? Math.min(picked.index, matches.length - 1) : 0;
  const optionId = (i: number) => `${ids}-hit-${i}`;

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, data]); // eslint-disable-line react-hooks/exhaustive-deps -- optionId only joins strings

  const go = (path: string) => {
    onClose();
    navigate(path);
  };
  const openMatch = (m: QuestionMatch) => go(practicePath({ kind: 'bank', bankId: m.bankId }, m.position));
  const practiseAll = () => go(practicePath({ kind: 'search', query, ...(bankId !== undefined && { bankId }) }));

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    // A search field's own Esc only empties it; here Esc closes the dialog, as everywhere in it.
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    if (matches.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setPicked({ for: data, index: Math.max(0, Math.min(matches.length - 1, active + step)) });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openMatch(matches[active]!);
    }
  };

  return (
    <div className="qsearch-panel">
      <div className="qsearch-head">
        <h2 id="qsearch-title">{t('search.title')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('search.close')}
        </button>
      </div>
      <div className="qsearch-row" role="search">
        <label className="qsearch-field-label">
          <span>{t('search.label')}</span>
          <input
            ref={inputRef}
            type="search"
            role="combobox"
            autoFocus
            value={draft}
            maxLength={200}
            placeholder={t('search.placeholder')}
            aria-describedby={`${ids}-hint`}
            aria-expanded={matches.length > 0}
            aria-controls={`${ids}-list`}
            aria-autocomplete="list"
            aria-activedescendant={matches.length > 0 ? optionId(active) : undefined}
            onChange={(e) => onDraft(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </label>
        <label className="qsearch-field-label qsearch-bank-filter">
          <span>{t('search.bank')}</span>
          <select value={bankId ?? ''} onChange={(e) => onBank(e.target.value === '' ? undefined : e.target.value)}>
            <option value="">{t('search.allBanks')}</option>
            {banks.data?.banks.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={`${ids}-hint`} className="qsearch-hint">
        {t('search.hint')}
      </p>
      <div className="qsearch-status">
        <p role="status">
          {query === '' ? '' : search.isPending ? t('app.loading') : data && (data.total === 0 ? t('search.none', { query }) : t('search.found', { count: data.total }))}
          {data && data.total > matches.length && ` ${t('search.firstOnly', { shown: matches.length })}`}
        </p>
        {data && data.total > 0 && (
          <button type="button" className="button button-primary" onClick={practiseAll}>
            {t('search.practiseAll', { count: data.total })}
          </button>
        )}
      </div>
      {search.isError && <ErrorMessage error={errorOf(search.error)} onRetry={() => void search.refetch()} />}
      {matches.length > 0 && (
      <ul id={`${ids}-list`} className="qsearch-list" role="listbox" aria-label={t('search.results')} data-testid="qsearch-results">
        {matches.map((m, i) => (
          <li
            key={`${m.bankId}/${m.questionId}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="qsearch-hit"
            data-question={m.questionId}
            onClick={() => openMatch(m)}
            onMouseMove={() => i !== active && setPicked({ for: data, index: i })}
          >
            <SearchHitView match={m} />
          </li>
        ))}
      </ul>
      )}
    </div>
  );
}
