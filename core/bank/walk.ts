import type { Bank, CaseSet, Question } from './schema';

export interface QuestionInBank {
  question: Question;
  /** Set when the question belongs to a case set. */
  caseId?: string;
  material?: string;
}

/** Every answerable question of a bank in bank order, case sets opened up. */
export function* allQuestions(bank: Pick<Bank, 'questions'>): Generator<QuestionInBank> {
  for (const entry of bank.questions) {
    if (entry.type === 'case') yield* caseQuestions(entry);
    else yield { question: entry };
  }
}

function* caseQuestions(c: CaseSet): Generator<QuestionInBank> {
  for (const question of c.questions) yield { question, caseId: c.id, material: c.material };
}

export function countQuestions(bank: Pick<Bank, 'questions'>): number {
  let n = 0;
  for (const _ of allQuestions(bank)) n++;
  return n;
}
