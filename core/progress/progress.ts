/** One recorded answer. Appended to history, never edited. */
export interface Attempt {
  questionId: string;
  bankId: string;
  correct: boolean;
  /** Epoch milliseconds. */
  at: number;
}

export interface QuestionProgress {
  attempts: number;
  correct: number;
  lastCorrect: boolean;
  lastAt: number;
}

export type ProgressMap = Map<string, QuestionProgress>;

/** Folds one attempt into the map and reports exactly what changed. */
export function applyAttempt(map: ProgressMap, a: Attempt): { questionId: string; before: QuestionProgress | null; after: QuestionProgress } {
  const before = map.get(a.questionId) ?? null;
  const after: QuestionProgress = {
    attempts: (before?.attempts ?? 0) + 1,
    correct: (before?.correct ?? 0) + (a.correct ? 1 : 0),
    lastCorrect: a.correct,
    lastAt: a.at,
  };
  map.set(a.questionId, after);
  return { questionId: a.questionId, before, after };
}

export function buildProgress(attempts: Iterable<Attempt>): ProgressMap {
  const map: ProgressMap = new Map();
  for (const a of attempts) applyAttempt(map, a);
  return map;
}

export interface BankProgress {
  total: number;
  /** Distinct questions answered at least once. */
  answered: number;
  /** Questions whose latest answer was right. */
  mastered: number;
}

export function summarizeBank(questionIds: readonly string[], map: ProgressMap): BankProgress {
  let answered = 0;
  let mastered = 0;
  for (const id of questionIds) {
    const p = map.get(id);
    if (!p) continue;
    answered++;
    if (p.lastCorrect) mastered++;
  }
  return { total: questionIds.length, answered, mastered };
}
