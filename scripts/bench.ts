// `npm run bench`: speed and memory figures with their targets. A benchmark, not a test:
// it prints numbers and marks each target met or missed; it never fails a build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Bank, BankEntry } from '../core/bank/schema';
import { openHost } from '../host/open-host';
import { AttemptLog } from '../host/store/attempt-log';
import { loadBanks } from '../host/banks/load-banks';

const banksDir = path.resolve('question-banks');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const mark = (ok: boolean) => (ok ? 'target met' : 'TARGET MISSED');

/** The bundled banks scaled up to full-bank size, so the ratio is measured where it matters. */
function bigBankText(): string {
  const banks = fs.readdirSync(banksDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(banksDir, f), 'utf8')) as Bank);
  const base = banks[0]!;
  const entries: BankEntry[] = [];
  for (let copy = 0; entries.length < 2000; copy++) {
    for (const b of banks) for (const e of b.questions) entries.push(renumber(e, `x${copy}-`));
  }
  return JSON.stringify({ ...base, questions: entries });
}
function renumber(e: BankEntry, prefix: string): BankEntry {
  if (e.type === 'case') return { ...e, id: prefix + e.id, questions: e.questions.map((q) => ({ ...q, id: prefix + q.id })) };
  return { ...e, id: prefix + e.id };
}

function benchBankLoad() {
  const text = bigBankText();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawdrill-bench-banks-'));
  const file = path.join(dir, 'big.json');
  fs.writeFileSync(file, text);
  const bytes = fs.readFileSync(file);
  const runs = 40;
  // Each phase runs on its own after a collection, so one phase's garbage is not billed to the other.
  const phase = (work: () => void): number => {
    globalThis.gc?.();
    const times: number[] = [];
    for (let i = 0; i < runs + 5; i++) {
      const t = performance.now();
      work();
      if (i >= 5) times.push(performance.now() - t);
    }
    return median(times);
  };
  // The baseline parses the file's bytes, so it includes turning UTF-8 into a string: for
  // Chinese text that decoding costs about three times the parse itself.
  const parse = phase(() => JSON.parse(bytes.toString('utf8')));
  const decoded = bytes.toString('utf8');
  const parseDecoded = phase(() => JSON.parse(decoded));
  const load = phase(() => {
    const r = loadBanks(dir);
    if (r.problems.length) throw new Error(`bench bank invalid: ${JSON.stringify(r.problems[0])}`);
  });
  console.log(`bank load (${(bytes.length / 1024).toFixed(0)} KiB, ${JSON.parse(text).questions.length} entries):`);
  console.log(`  bare JSON.parse of the bytes                    ${parse.toFixed(2)} ms`);
  console.log(`  (of which JSON.parse of the decoded string      ${parseDecoded.toFixed(2)} ms)`);
  console.log(`  load (read, parse, validate with zod, index)    ${load.toFixed(2)} ms`);
  console.log(`  ratio ${(load / parse).toFixed(2)} (target <= 3): ${mark(load / parse <= 3)}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

async function benchAnswerSave() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawdrill-bench-'));
  const host0 = openHost({ dataDir, banksDir });
  const bank = host0.ctx.banks[0]!;
  const log = new AttemptLog(path.join(dataDir, 'history'));
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < 20_000; i++) {
    const q = bank.questionIds[i % bank.questionIds.length]!;
    log.append({ questionId: q, bankId: bank.bank.id, correct: i % 3 !== 0, at: start + i * 60_000 });
  }
  const t0 = performance.now();
  const host = openHost({ dataDir, banksDir });
  const startup = performance.now() - t0;
  const item = host.ctx.banks[0]!.items.find((i) => i.question.type === 'judge')!;
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t = performance.now();
    const r = await host.dispatch('practice.answer', { bankId: bank.bank.id, questionId: item.question.id, response: { kind: 'judge', value: i % 2 === 0 } });
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(r.error.message);
  }
  const p95 = percentile(times, 95);
  console.log(`answer save with 20,000 past attempts (open host with that history: ${startup.toFixed(1)} ms):`);
  console.log(`  p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${p95.toFixed(3)} ms (target p95 <= 5 ms): ${mark(p95 <= 5)}`);
  const mem = process.memoryUsage();
  console.log(`memory after both: heap ${(mem.heapUsed / 2 ** 20).toFixed(1)} MiB, rss ${(mem.rss / 2 ** 20).toFixed(1)} MiB`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

benchBankLoad();
await benchAnswerSave();
