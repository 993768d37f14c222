import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export interface ModeEntry {
  key: string;
  label: ReactNode;
  count: number;
  href: string;
}

/** A list of practice choices, each with its question count; a choice with no questions is shown, not linked. */
export function ModeList({ entries, name }: { entries: ModeEntry[]; name: string }) {
  const { t } = useTranslation();
  return (
    <ul className="mode-list">
      {entries.map((e) => (
        <li key={e.key}>
          {e.count > 0 ? (
            <Link className="chapter-button" href={e.href} data-mode={`${name}:${e.key}`}>
              <span>{e.label}</span>
              <span className="chapter-count">{t('modes.count', { count: e.count })}</span>
            </Link>
          ) : (
            <span className="chapter-button mode-empty" data-mode={`${name}:${e.key}`} aria-disabled="true">
              <span>{e.label}</span>
              <span className="chapter-count">{t('modes.count', { count: 0 })}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
