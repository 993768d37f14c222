import { useTranslation } from 'react-i18next';
import type { BankProblem } from '@core/bank/problems';

/** Tells which file (and question, and field) could not be loaded, in the learner's language. */
export function BankProblems({ problems }: { problems: BankProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section className="message message-warning bank-problems" aria-labelledby="bank-problems-title">
      <h2 id="bank-problems-title">{t('home.problemsTitle')}</h2>
      <p>{t('home.problemsIntro')}</p>
      <ul>
        {problems.slice(0, 20).map((p, i) => (
          <li key={`${p.file}-${i}`} data-problem-file={p.file}>
            <strong>{t('home.problemFile', { file: p.file })}</strong> — {t(`bankProblem.${p.code}`)}
            {p.questionId && <span className="problem-part">{t('home.problemQuestion', { id: p.questionId })}</span>}
            {p.field && <span className="problem-part">{t('home.problemField', { field: p.field })}</span>}
            <span className="problem-part problem-detail">{t('home.problemDetail', { detail: p.detail })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
