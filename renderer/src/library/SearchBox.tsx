import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A search field with its own button; the search runs on submit (Enter), not on every key. */
export function SearchBox({ label, query, onSearch }: { label: string; query: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(query);
  return (
    <form
      className="library-search"
      role="search"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(draft.trim());
      }}
    >
      <label htmlFor={id}>{label}</label>
      <div className="library-search-row">
        <input id={id} type="search" value={draft} maxLength={200} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button button-primary">
          {t('library.search.submit')}
        </button>
        {query && (
          <button type="button" className="button" onClick={() => (setDraft(''), onSearch(''))}>
            {t('library.search.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
