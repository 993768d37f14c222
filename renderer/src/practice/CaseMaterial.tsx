import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '@core/practice/items';

/** A case set's material above each of its questions, with which part of the case this is. */
export function CaseMaterial({ caseSet }: { caseSet: CaseInfo }) {
  const { t } = useTranslation();
  return (
    <aside className="case-material" aria-label={t('practice.caseMaterial')}>
      <h2 className="case-title">{t('practice.caseMaterial')}</h2>
      <p>{caseSet.material}</p>
      <p className="case-part">{t('practice.casePart', { n: caseSet.index + 1, total: caseSet.size })}</p>
    </aside>
  );
}
