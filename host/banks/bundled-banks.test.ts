import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '@core/bank/problems';
import { bundledFiles, loadBanks } from './load-banks';

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

  it('include the three core laws', () => {
    expect(banks.map((b) => b.bank.id).sort()).toEqual(['administrative-penalty-law', 'civil-code', 'constitution']);
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
