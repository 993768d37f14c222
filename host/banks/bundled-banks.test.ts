import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '@core/bank/problems';
import { bundledFiles, loadBanks } from './load-banks';
import { SYLLABUS_LAWS } from '../test-support/syllabus';

// The banks that ship with the app must all load: schema-valid, answers fitting their
// options, ids unique across banks. Needs nothing outside the repository.
describe('bundled question banks', () => {
  const dir = path.resolve(import.meta.dirname, '../../question-banks');
  const { banks, problems } = loadBanks(dir);

  it('are exactly the files listed in BUNDLED, so none can be pushed aside by another file', () => {
    expect([...bundledFiles(dir)].sort()).toEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort());
  });

  it('load without a single problem', () => {
    expect(problems.map(describeProblem)).toEqual([]);
  });

  it('cover the ten laws of the enforcement syllabus', () => {
    expect(banks.map((b) => b.bank.id).sort()).toEqual(SYLLABUS_LAWS);
  });

  it('keep every id that was ever published (learners’ progress is keyed on them)', () => {
    const ids = new Set(banks.flatMap((b) => b.questionIds));
    const published = fs.readFileSync(path.join(import.meta.dirname, 'published-ids.txt'), 'utf8').split('\n').filter(Boolean);
    expect(published.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('cite only laws the bank declares, and each bank has every question type', () => {
    for (const { bank, items } of banks) {
      const declared = new Set(bank.laws.map((l) => l.id));
      for (const { question } of items) for (const c of question.basis) expect(declared.has(c.law) || c.law).toBe(true);
      const types = new Set(items.map((i) => i.question.type));
      expect([...types].sort()).toEqual(['judge', 'multiple', 'single']);
      expect(items.some((i) => i.caseSet)).toBe(true);
    }
  });
});
