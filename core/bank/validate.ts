import type { z } from 'zod';
import { BANK_FORMAT, bankSchema, type Bank, type Question } from './schema';
import type { BankProblem } from './problems';
import { allQuestions } from './walk';

export type BankValidation = { ok: true; bank: Bank } | { ok: false; problems: BankProblem[] };

const FORMAT_PREFIX = 'lawdrill-bank/';
const SUPPORTED_MAJOR = Number(BANK_FORMAT.slice(FORMAT_PREFIX.length));

/** Validates already-parsed JSON. `file` is only used to name the place in messages. */
export function validateBank(raw: unknown, file: string): BankValidation {
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format !== 'string' || !format.startsWith(FORMAT_PREFIX)) {
    return fail({ code: 'bank.not-a-bank', file, field: 'format', detail: `expected "${BANK_FORMAT}"` });
  }
  const major = Number(format.slice(FORMAT_PREFIX.length).split('.')[0]);
  if (!Number.isInteger(major) || major < 1) {
    return fail({ code: 'bank.not-a-bank', file, field: 'format', detail: `"${format}" is not a bank format; expected "${BANK_FORMAT}"` });
  }
  if (major > SUPPORTED_MAJOR) {
    return fail({
      code: 'bank.format-too-new',
      file,
      field: 'format',
      detail: `"${format}" is newer than this app reads (${BANK_FORMAT}); update LawDrill`,
    });
  }
  const parsed = bankSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => fromZod(i, raw, file)) };

  const problems: BankProblem[] = [];
  const seen = new Set<string>();
  const checkId = (id: string) => {
    if (seen.has(id)) problems.push({ code: 'bank.duplicate-question-id', file, questionId: id, field: 'id', detail: 'id used twice' });
    seen.add(id);
  };
  for (const entry of parsed.data.questions) if (entry.type === 'case') checkId(entry.id);
  for (const { question } of allQuestions(parsed.data)) {
    checkId(question.id);
    const why = answerProblem(question);
    if (why) problems.push({ code: 'bank.invalid', file, questionId: question.id, field: 'answer', detail: why });
  }
  return problems.length ? { ok: false, problems } : { ok: true, bank: parsed.data };
}

function answerProblem(q: Question): string | null {
  if (q.type === 'judge') return null;
  const outOfRange = q.answer.find((i) => i >= q.options.length);
  if (outOfRange !== undefined) return `answer ${outOfRange} has no option (there are ${q.options.length})`;
  if (new Set(q.answer).size !== q.answer.length) return 'answer repeats an option';
  if (q.type === 'single' && q.answer.length !== 1) return 'single-choice needs exactly one answer';
  if (q.type === 'multiple' && q.answer.length < 2) return 'multiple-choice needs two or more answers';
  if (new Set(q.options.map((o) => o.trim())).size !== q.options.length) return 'two options have the same text';
  return null;
}

function fail(p: BankProblem): BankValidation {
  return { ok: false, problems: [p] };
}

/** Turns a schema issue path into the nearest question id plus the field inside it. */
function fromZod(issue: z.core.$ZodIssue, raw: unknown, file: string): BankProblem {
  let node: unknown = raw;
  let questionId: string | undefined;
  let fieldStart = 0;
  issue.path.forEach((key, i) => {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = (node as { id?: unknown } | undefined)?.id;
    if (typeof key === 'number' && typeof id === 'string') {
      questionId = id;
      fieldStart = i + 1;
    }
  });
  const field = issue.path.slice(fieldStart).join('.') || undefined;
  const problem: BankProblem = { code: 'bank.invalid', file, detail: issue.message };
  if (questionId) problem.questionId = questionId;
  if (field) problem.field = field;
  return problem;
}
