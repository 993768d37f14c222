import fs from 'node:fs';
import path from 'node:path';
import type { Bank, Question } from '@core/bank/schema';

const common = (id: string) => ({
  id,
  stem: `Stem of ${id}?`,
  explanation: `Why ${id}.`,
  basis: [{ law: 'apl', article: 3, quote: 'Quoted article text.' }],
});

/**
 * A small valid bank whose question ids start with `<id>-`: `-single` (answer 1 of 3),
 * `-multiple` (answers 0 and 2 of 4), `-judge` (true), and case `-case` with `-case-a`
 * (single, answer 0) and `-case-b` (judge, false). Five practice items in that order.
 */
export function smallBank(id = 'small'): Bank {
  const single: Question = { ...common(`${id}-single`), type: 'single', options: ['A', 'B', 'C'], answer: [1] };
  const multiple: Question = { ...common(`${id}-multiple`), type: 'multiple', options: ['A', 'B', 'C', 'D'], answer: [0, 2] };
  const judge: Question = { ...common(`${id}-judge`), type: 'judge', answer: true };
  const caseA: Question = { ...common(`${id}-case-a`), type: 'single', options: ['Yes', 'No'], answer: [0] };
  const caseB: Question = { ...common(`${id}-case-b`), type: 'judge', answer: false };
  return {
    format: 'lawdrill-bank/1',
    id,
    title: `Bank ${id}`,
    locale: 'en',
    version: '1.0.0',
    laws: [{ id: 'apl', title: 'Administrative Penalty Law', edition: '2021', effective: '2021-07-15' }],
    chapters: [{ id: 'ch1', title: 'General', articles: [1, 10] }],
    questions: [single, multiple, judge, { id: `${id}-case`, type: 'case', material: 'Case material.', questions: [caseA, caseB] }],
  };
}

/** Writes `bank` (or any JSON value) as `dir/file` and returns the full path. */
export function writeBank(dir: string, file: string, bank: unknown): string {
  const full = path.join(dir, file);
  fs.writeFileSync(full, JSON.stringify(bank, null, 2));
  return full;
}
