// Test data shaped like a learner's: banks scaled up from the bundled ones, and an answer
// history of real v2 events (real UUIDs, responses that fit their questions).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AnswerEvent } from '@core/history/event';
import type { Bank, BankEntry, Question } from '@core/bank/schema';
import { isCorrect, type Response } from '@core/practice/response';
import { loadBanks } from '@host/banks/load-banks';
import { AnswerLog } from '@host/store/answer-log';
import { BUNDLED_BANKS } from './common';

export interface Answerable {
  bankId: string;
  question: Question;
}

/** Every answerable question of the banks in `dir`, as the host loads them. */
export function answerables(dir: string): Answerable[] {
  const { banks, problems } = loadBanks(dir);
  if (problems.length > 0) throw new Error(`bench banks in ${dir} are invalid: ${JSON.stringify(problems[0])}`);
  return banks.flatMap((b) => b.items.map((i) => ({ bankId: b.bank.id, question: i.question })));
}

/** The argument the page sends for the i-th answer: a fresh event id, the questions of one bank in turn. */
export function answerArg(pool: Answerable[], i: number, sessionId: string) {
  const { bankId, question } = pool[i % pool.length]!;
  return { id: crypto.randomUUID(), scope: { kind: 'bank' as const, bankId }, bankId, questionId: question.id, response: responseFor(question, i), elapsedMs: 5000 + (i % 997), sessionId };
}

/** The questions of the first bank, which the answers walk through. */
export function answerPool(all: Answerable[]): Answerable[] {
  const bankId = all[0]!.bankId;
  return all.filter((a) => a.bankId === bankId);
}

/**
 * Fills `dir` with copies of the bundled banks, each with its own bank id, file name and
 * question ids (prefix `x<n>-`), until they hold `questions` answerable questions (the last
 * copy cut short), plus the statute library.
 */
export function writeScaledBanks(dir: string, questions: number): void {
  const files = fs.readdirSync(BUNDLED_BANKS).filter((f) => f.endsWith('.json')).sort();
  const banks = files.map((file) => ({ file, bank: JSON.parse(fs.readFileSync(path.join(BUNDLED_BANKS, file), 'utf8')) as Bank }));
  let total = 0;
  for (let copy = 1, added = 1; total < questions && added > 0; copy++) {
    const prefix = `x${copy}-`;
    added = 0;
    for (const { file, bank } of banks) {
      const entries: BankEntry[] = [];
      for (const e of bank.questions) {
        const size = e.type === 'case' ? e.questions.length : 1;
        if (total + size > questions) continue;
        entries.push(renumber(e, prefix));
        total += size;
      }
      if (entries.length === 0) continue;
      added += entries.length;
      const scaled: Bank = { ...bank, id: prefix + bank.id, title: `${bank.title} (${copy})`, questions: entries };
      fs.writeFileSync(path.join(dir, prefix + file), JSON.stringify(scaled, null, 2));
    }
  }
  const statutes = path.join(BUNDLED_BANKS, 'statutes');
  if (fs.existsSync(statutes)) fs.cpSync(statutes, path.join(dir, 'statutes'), { recursive: true });
}

function renumber(e: BankEntry, prefix: string): BankEntry {
  if (e.type === 'case') return { ...e, id: prefix + e.id, questions: e.questions.map((q) => ({ ...q, id: prefix + q.id })) };
  return { ...e, id: prefix + e.id };
}

/** The first instant of the current UTC month: new answers go to the same segment as these. */
export function currentMonthStart(now = Date.now()): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function segmentName(at: number): string {
  const d = new Date(at);
  return `attempts-${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}.jsonl`;
}

/** A response the question accepts: right about two times in three, as a learner's would be. */
function responseFor(q: Question, i: number): Response {
  const right = i % 3 !== 0;
  if (q.type === 'judge') return { kind: 'judge', value: right ? q.answer : !q.answer };
  if (right) return { kind: 'choice', selected: [...q.answer] };
  const wrong = q.answer.includes(0) ? q.options.length - 1 : 0;
  return { kind: 'choice', selected: q.answer.includes(wrong) ? [1] : [wrong] };
}

/**
 * Writes `count` v2 answer events for `questions` into `dataDir/history`, every one timed
 * within the current UTC month (evenly spread up to a second ago), so they all land in the
 * segment that new answers are appended to.
 */
export function writeHistory(dataDir: string, questions: Answerable[], count: number): { file: string; bytes: number } {
  const dir = path.join(dataDir, 'history');
  fs.mkdirSync(dir, { recursive: true });
  const end = Date.now() - 1000;
  const start = Math.min(currentMonthStart(), end);
  const file = path.join(dir, segmentName(end));
  if (segmentName(start) !== segmentName(end)) throw new Error('history spans two months');
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  let sessionId = crypto.randomUUID();
  try {
    const CHUNK = 5000;
    for (let from = 0; from < count; from += CHUNK) {
      let text = '';
      for (let i = from; i < Math.min(count, from + CHUNK); i++) {
        if (i % 40 === 0) sessionId = crypto.randomUUID();
        const { bankId, question } = questions[(i * 7919) % questions.length]!;
        const response = responseFor(question, i);
        const event: AnswerEvent = {
          v: 2,
          id: crypto.randomUUID(),
          kind: 'answer',
          questionId: question.id,
          bankId,
          response,
          correct: isCorrect(question, response),
          at: start + Math.floor(((end - start) * i) / count),
          elapsedMs: 4000 + ((i * 131) % 40_000),
          mode: 'practice',
          sessionId,
        };
        text += `${JSON.stringify(event)}\n`;
      }
      bytes += fs.writeSync(fd, text);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { file, bytes };
}

/** Reads a written history back as the host does: every event must count, none be damage. */
export function checkHistory(dataDir: string, count: number): void {
  const read = new AnswerLog(path.join(dataDir, 'history')).readAll();
  if (read.events.length !== count || read.newDamage > 0 || read.unreadable.length > 0 || read.newer > 0) {
    throw new Error(`bench history reads back as ${read.events.length} events (${read.newDamage} damaged), not ${count}`);
  }
}
