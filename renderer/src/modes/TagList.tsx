import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TagCount } from '@host/domains/modes/contract';

/** Tags used this often or more are shown at once; the long tail of rare tags folds away. */
const COMMON = 3;

function Chips({ tags, href }: { tags: TagCount[]; href: (tag: string) => string }) {
  const { t } = useTranslation();
  return (
    <ul className="tag-chips">
      {tags.map(({ tag, count }) => (
        <li key={tag}>
          <Link className="tag-chip" href={href(tag)} data-mode={`tag:${tag}`} aria-label={`${tag} · ${t('modes.count', { count })}`}>
            <span className="keep-words">{tag}</span>
            <span className="chapter-count" aria-hidden="true">
              {count}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** 按标签: every tag of the bank data as a link, with how many questions carry it. */
export function TagList({ tags, href }: { tags: TagCount[]; href: (tag: string) => string }) {
  const { t } = useTranslation();
  const common = tags.filter((x) => x.count >= COMMON);
  const rare = tags.filter((x) => x.count < COMMON);
  return (
    <>
      <Chips tags={common.length > 0 ? common : rare} href={href} />
      {common.length > 0 && rare.length > 0 && (
        <details className="chapters">
          <summary>{t('modes.byTag.rare', { count: rare.length })}</summary>
          <Chips tags={rare} href={href} />
        </details>
      )}
    </>
  );
}
