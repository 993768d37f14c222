import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseMaterial } from '../practice/CaseMaterial';
import type { Reveal, ShownItem } from '@core/practice/items';
import { LETTERS } from '../practice/question-session';
import { CitationList } from '../practice/CitationList';

interface Props {
  item: ShownItem;
  /** Undefined while the key is being fetched. */
  reveal: Reveal | undefined;
  laws: { id: string; title: string }[];
  stemRef: RefObject<HTMLHeadingElement | null>;
  /** Paging buttons, kept right under the question so they stay on screen. */
  children: ReactNode;
}

const CHECK = '✓';

/** A question with its key, explanation and basis shown at once: nothing to answer. */
export function MemoriseView({ item, reveal, laws, stemRef, children }: Props) {
  const { t } = useTranslation();
  const stemId = `stem-${item.id}`;
  const key = reveal?.key;
  const inKey = (original: number) => key?.kind === 'choice' && key.selected.includes(original);
  const rows: { letter: string; text: string; right: boolean }[] =
    item.type === 'judge'
      ? [
          { letter: 'T', text: t('practice.judgeTrue'), right: key?.kind === 'judge' && key.value },
          { letter: 'F', text: t('practice.judgeFalse'), right: key?.kind === 'judge' && !key.value },
        ]
      : (item.order ?? []).map((original, shown) => ({ letter: LETTERS[shown]!, text: item.options![original]!, right: inKey(original) }));
  const answer = rows
    .filter((r) => r.right)
    .map((r) => (item.type === 'judge' ? r.text : r.letter))
    .join(t('practice.listSeparator'));
  return (
    <div className="memorise-grid">
      <div className="memorise-main">
        <section className="card question" aria-labelledby={stemId}>
          {item.caseSet && <CaseMaterial caseSet={item.caseSet} />}
          <p className="question-meta">
            <span className="badge">{t(`practice.type.${item.type}`)}</span>
          </p>
          <h2 id={stemId} className="stem" ref={stemRef} tabIndex={-1}>
            {item.stem}
          </h2>
          <ul className="options memorise-options" aria-labelledby={stemId}>
            {rows.map((r) => (
              <li key={r.letter} className="option" data-mark={r.right ? 'correct' : undefined}>
                <span className="option-key" aria-hidden="true">
                  {r.letter}
                </span>
                <span className="option-text">{r.text}</span>
                {r.right && (
                  <span className="option-mark">
                    {CHECK} {t('modes.memorise.keyMark')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
        {children}
      </div>
      <section className="card feedback memorise-key" aria-labelledby="memorise-key-title" aria-busy={!reveal || undefined} data-memorise-key={reveal ? answer : undefined}>
        <h2 id="memorise-key-title" className="feedback-title">
          {reveal ? t('practice.correctAnswer', { answer }) : t('app.loading')}
        </h2>
        {reveal && (
          <>
            <h3>{t('practice.explanation')}</h3>
            <p className="explanation">{reveal.explanation}</p>
            <h3>{t('practice.basis')}</h3>
            <CitationList basis={reveal.basis} laws={laws} />
          </>
        )}
      </section>
    </div>
  );
}
