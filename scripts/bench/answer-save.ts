// Saving an answer the way the page does (practice.answer, durable before the reply), with a
// learner's history behind it: in-process through dispatch, and over the web host's HTTP API.
import { fork, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { BUNDLED_BANKS, figure, median, ms, percentile, progress, tempDir, type Figure } from './common';
import { answerables, answerArg, answerPool, checkHistory, writeHistory, type Answerable } from './fixtures';
import type { RunRequest, WorkerMessage } from './save-worker';
import { call, startHost, track } from './web-host';

const RUN: RunRequest = { warmUp: 50, samples: 400 };
const REPEATS = 7;

interface Worker {
  child: ChildProcess;
  openMs: number;
  run(): Promise<Extract<WorkerMessage, { kind: 'run' }>>;
  close(): Promise<void>;
}

async function startWorker(dataDir: string): Promise<Worker> {
  const child = fork(fileURLToPath(new URL('./save-worker.ts', import.meta.url)), [dataDir], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  track(child);
  const next = () =>
    new Promise<WorkerMessage>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`answer-save worker exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (m: WorkerMessage) => {
        child.off('exit', onExit);
        if (m.kind === 'error') reject(new Error(m.message));
        else resolve(m);
      });
    });
  const ready = await next();
  if (ready.kind !== 'ready') throw new Error('answer-save worker did not start');
  return {
    child,
    openMs: ready.openMs,
    run: async () => {
      const reply = next();
      child.send(RUN);
      const m = await reply;
      if (m.kind !== 'run') throw new Error('unexpected worker reply');
      return m;
    },
    close: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send('close');
      await exited;
    },
  };
}

export async function benchAnswerSave(): Promise<Figure[]> {
  const all = answerables(BUNDLED_BANKS);
  const smallDir = tempDir('save-20k');
  const bigDir = tempDir('save-200k');
  writeHistory(smallDir, all, 20_000);
  checkHistory(smallDir, 20_000);
  writeHistory(bigDir, all, 200_000);
  progress(`answer save in-process: 20,000 and 200,000 events, ${REPEATS} alternating runs of ${RUN.warmUp} warm-up + ${RUN.samples} saves each`);
  const small = await startWorker(smallDir);
  const big = await startWorker(bigDir);
  const runs = { small: [] as number[], big: [] as number[], smallP50: [] as number[], bigP50: [] as number[] };
  try {
    for (let rep = 0; rep < REPEATS; rep++) {
      // Alternate which goes first, so neither always follows the other's writes.
      const order: ['small' | 'big', Worker][] = rep % 2 === 0 ? [['small', small], ['big', big]] : [['big', big], ['small', small]];
      for (const [size, worker] of order) {
        const r = await worker.run();
        runs[size].push(r.p95);
        runs[size === 'small' ? 'smallP50' : 'bigP50'].push(r.p50);
      }
    }
  } finally {
    await small.close();
    await big.close();
  }
  const p95Small = median(runs.small);
  const p95Big = median(runs.big);
  progress(`  20k:  open ${ms(small.openMs, 0)}; p50 ${ms(median(runs.smallP50), 3)}; p95 per run ${runs.small.map((x) => x.toFixed(3)).join(', ')}`);
  progress(`  200k: open ${ms(big.openMs, 0)}; p50 ${ms(median(runs.bigP50), 3)}; p95 per run ${runs.big.map((x) => x.toFixed(3)).join(', ')}`);

  progress('answer save over HTTP: web host CLI on a 20,000-event history');
  const overHttp = await httpRuns(all);
  return [
    figure('answer-save-p95-ms', p95Small, `median of ${REPEATS} runs' p95; p50 ${median(runs.smallP50).toFixed(3)} ms`),
    figure('answer-save-200k-vs-20k', p95Big / p95Small, `p95 ${p95Big.toFixed(3)} ms at 200k vs ${p95Small.toFixed(3)} ms at 20k`),
    figure('answer-save-http-p95-ms', median(overHttp.p95s), `median of ${overHttp.p95s.length} runs' p95; p50 ${median(overHttp.p50s).toFixed(3)} ms`),
  ];
}

async function httpRuns(all: Answerable[]): Promise<{ p95s: number[]; p50s: number[] }> {
  const dataDir = tempDir('save-http');
  writeHistory(dataDir, all, 20_000);
  const host = await startHost({ dataDir, banksDir: BUNDLED_BANKS });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const pool = answerPool(all);
  const p95s: number[] = [];
  const p50s: number[] = [];
  let n = 0;
  try {
    for (let rep = 0; rep < 3; rep++) {
      const sessionId = crypto.randomUUID();
      const times: number[] = [];
      for (let i = 0; i < RUN.warmUp + RUN.samples; i++) {
        const arg = answerArg(pool, n++, sessionId);
        const t = performance.now();
        const r = await call(agent, host.port, host.token, 'practice.answer', arg);
        const dt = performance.now() - t;
        if (r.status !== 200 || !r.body.ok) throw new Error(`practice.answer over HTTP failed: ${r.status} ${JSON.stringify(r.body.error)}`);
        if (i >= RUN.warmUp) times.push(dt);
      }
      p95s.push(percentile(times, 95));
      p50s.push(percentile(times, 50));
    }
    progress(`  http: p95 per run ${p95s.map((x) => x.toFixed(3)).join(', ')}`);
  } finally {
    agent.destroy();
    await host.stop();
  }
  return { p95s, p50s };
}
