import fs from 'node:fs';
import path from 'node:path';
import type { Bank } from '@core/bank/schema';
import { allQuestions } from '@core/bank/walk';
import type { Statute } from '@core/law/statute-schema';
import { BUNDLED_BANKS } from './web-app';

export function bundledStatute(id: string): Statute {
  return JSON.parse(fs.readFileSync(path.join(BUNDLED_BANKS, 'statutes', `${id}.json`), 'utf8')) as Statute;
}

/** Ids of the bundled bank's questions whose basis cites law + article, in bank order. */
export function citingQuestions(bankId: string, law: string, article: number | 'preamble'): string[] {
  const bank = JSON.parse(fs.readFileSync(path.join(BUNDLED_BANKS, `${bankId}.json`), 'utf8')) as Bank;
  return Array.from(allQuestions(bank))
    .filter(({ question }) => question.basis.some((c) => c.law === law && c.article === article))
    .map(({ question }) => question.id);
}

/** Every bundled statute, from question-banks/statutes. */
export function allStatutes(): Statute[] {
  const dir = path.join(BUNDLED_BANKS, 'statutes');
  return fs.readdirSync(dir).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Statute);
}
