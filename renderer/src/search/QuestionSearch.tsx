import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchPanel } from './SearchPanel';
import { useSearchShortcut } from './useSearchShortcut';
import './search.css';

/**
 * The header's search button and the dialog it opens (also by Ctrl+K, or "/" when not
 * typing). What was typed is kept while the app runs, so reopening shows the last results.
 */
export function QuestionSearch() {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const [bankId, setBankId] = useState<string | undefined>(undefined);

  const show = () => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    setOpen(true);
    // After the panel has rendered: the input is there to focus, its text selected so typing replaces it.
    requestAnimationFrame(() => inputRef.current?.select());
  };
  const close = () => dialogRef.current?.close();
  useSearchShortcut(show);

  return (
    <>
      <button type="button" className="nav-item qsearch-open" onClick={show} aria-haspopup="dialog" aria-keyshortcuts="Control+K /">
        {t('search.open')}
        <kbd className="qsearch-kbd" aria-hidden="true">
          {t('search.shortcut')}
        </kbd>
      </button>
      <dialog
        ref={dialogRef}
        className="qsearch"
        aria-labelledby="qsearch-title"
        onClose={() => setOpen(false)}
        // The practice screen listens on window for letters and Enter: what is typed here is for the search only.
        onKeyDown={(e) => e.stopPropagation()}
      >
        {open && <SearchPanel inputRef={inputRef} draft={draft} onDraft={setDraft} bankId={bankId} onBank={setBankId} onClose={close} />}
      </dialog>
    </>
  );
}
