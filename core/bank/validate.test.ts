import { describe, expect, it } from 'vitest';
import { validateBank } from './validate';
import { describeProblem } from './problems';
import { readFixture, validFixtureBank } from './fixtures/read-fixture';

function problemsOf(name: string) {
  const result = validateBank(readFixture(name), `${name}.json`);
  if (result.ok) throw new Error(`${name}.json unexpectedly passed validation`);
  return result.problems;
}

describe('validateBank', () => {
  it('accepts a small valid bank and returns it', () => {
    const result = validateBank(readFixture('valid'), 'valid.json');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.bank.id).toBe('fixture');
      expect(result.bank.questions).toHaveLength(4);
    }
  });

  it('accepts a minor format revision of the supported major', () => {
    expect(validateBank({ ...validFixtureBank(), format: 'lawdrill-bank/1.3' }, 'v.json').ok).toBe(true);
  });

  it.each(['lawdrill-bank/x', 'lawdrill-bank/0', 'lawdrill-bank/'])('calls format %s not a bank rather than too new', (format) => {
    const result = validateBank({ ...validFixtureBank(), format }, 'x.json');
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'bank.not-a-bank', field: 'format' })] });
  });

  it.each([null, 42, 'text', [], {}])('refuses %j as not a bank', (raw) => {
    const result = validateBank(raw, 'x.json');
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'bank.not-a-bank', file: 'x.json', field: 'format' })] });
  });

  it.each([
    ['missing-format', 'bank.not-a-bank', undefined, 'format'],
    ['format-too-new', 'bank.format-too-new', undefined, 'format'],
    ['answer-out-of-range', 'bank.invalid', 'q-range', 'answer'],
    ['single-two-answers', 'bank.invalid', 'q-two', 'answer'],
    ['multiple-one-answer', 'bank.invalid', 'q-one', 'answer'],
    ['duplicate-id', 'bank.duplicate-question-id', 'q-same', 'id'],
    ['duplicate-id-in-case', 'bank.duplicate-question-id', 'q-same', 'id'],
    ['empty-basis', 'bank.invalid', 'q-nobasis', 'basis'],
    ['case-empty-basis', 'bank.invalid', 'c-1-b', 'basis'],
    ['wrong-type', 'bank.invalid', 'q-essay', 'type'],
    ['case-missing-stem', 'bank.invalid', 'c-1-b', 'stem'],
  ])('%s.json → %s (question %s, field %s)', (name, code, questionId, field) => {
    const problems = problemsOf(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code, file: `${name}.json`, field });
    expect(problems[0]?.questionId).toBe(questionId);
  });

  it('explains what is wrong with the answer, not just that something is', () => {
    expect(problemsOf('answer-out-of-range')[0]?.detail).toMatch(/answer 4 has no option \(there are 4\)/);
    expect(problemsOf('single-two-answers')[0]?.detail).toMatch(/exactly one/);
    expect(problemsOf('multiple-one-answer')[0]?.detail).toMatch(/two or more/);
    expect(problemsOf('format-too-new')[0]?.detail).toContain('lawdrill-bank/2');
  });

  it('reports a duplicate id once per extra use', () => {
    const raw = readFixture('duplicate-id') as { questions: unknown[] };
    const tripled = { ...raw, questions: [...raw.questions, { ...(raw.questions[0] as object) }] };
    const result = validateBank(tripled, 'd.json');
    expect(result.ok ? [] : result.problems.map((p) => p.questionId)).toEqual(['q-same', 'q-same']);
  });

  it('names the field when a value has the wrong JSON type', () => {
    const bank = validFixtureBank();
    const raw = { ...bank, questions: [{ ...bank.questions[0], answer: '1' }] };
    expect(validateBank(raw, 'w.json')).toMatchObject({ ok: false, problems: [{ code: 'bank.invalid', questionId: 'q-single', field: 'answer' }] });
  });

  it('flags repeated answers and options with the same text', () => {
    const bank = validFixtureBank();
    const repeated = { ...bank, questions: [{ ...bank.questions[1], answer: [0, 0] }] };
    const sameText = { ...bank, questions: [{ ...bank.questions[0], options: ['A', 'B', 'A '] }] };
    expect(validateBank(repeated, 'r.json')).toMatchObject({ ok: false, problems: [{ questionId: 'q-multiple', field: 'answer' }] });
    expect(validateBank(sameText, 's.json')).toMatchObject({ ok: false, problems: [{ questionId: 'q-single', field: 'answer' }] });
  });
});

describe('describeProblem', () => {
  it('joins file, question and field before the detail', () => {
    expect(describeProblem({ code: 'bank.invalid', file: 'a.json', questionId: 'q1', field: 'answer', detail: 'bad' })).toBe(
      'a.json, question q1, field answer: bad',
    );
    expect(describeProblem({ code: 'bank.not-json', file: 'a.json', detail: 'oops' })).toBe('a.json: oops');
  });
});
