/**
 * Why a bank file could not be used. Codes are stable (the UI translates them);
 * `file`, `questionId` and `field` locate the problem for the person who has to fix it.
 */
export type BankProblemCode =
  | 'bank.unreadable'
  | 'bank.not-json'
  | 'bank.not-a-bank'
  | 'bank.format-too-new'
  | 'bank.invalid'
  | 'bank.duplicate-question-id'
  | 'bank.duplicate-bank-id';

export interface BankProblem {
  code: BankProblemCode;
  file: string;
  questionId?: string;
  field?: string;
  /** Every question id this file shares with a bank already loaded (the file is refused whole). */
  clashes?: string[];
  /** Plain-English detail for logs and for authors; the UI shows a translated sentence around it. */
  detail: string;
}

export function describeProblem(p: BankProblem): string {
  const where = [p.file, p.questionId && `question ${p.questionId}`, p.field && `field ${p.field}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.detail}`;
}
