import fs from 'node:fs';
import path from 'node:path';
import type { Bank, Question } from '@core/bank/schema';
import { allQuestions } from '@core/bank/walk';

/** Reads the answer key straight from a bank file, so tests can answer right or wrong on purpose. */
export function questionById(banksDir: string, id: string): Question {
  for (const f of fs.readdirSync(banksDir).filter((n) => n.endsWith('.json'))) {
    const bank = JSON.parse(fs.readFileSync(path.join(banksDir, f), 'utf8')) as Bank;
    for (const { question } of allQuestions(bank)) if (question.id === id) return question;
  }
  throw new Error(`no question ${id} in ${banksDir}`);
}

/** Option texts (or the judge label) that answer the question right, or wrong. */
export function answerTexts(q: Question, right: boolean, judgeLabels: { yes: string; no: string }): string[] {
  if (q.type === 'judge') return [q.answer === right ? judgeLabels.yes : judgeLabels.no];
  if (right) return q.answer.map((i) => q.options[i]!);
  const wrong = q.options.findIndex((_, i) => !q.answer.includes(i));
  // Every option right (a multiple choice can be): choosing only one of them is wrong.
  return [q.options[wrong >= 0 ? wrong : q.answer[0]!]!];
}
