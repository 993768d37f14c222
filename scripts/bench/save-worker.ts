// One host with one history, in a process of its own (its own heap, so one history's garbage
// is never billed to the other's). The parent asks for runs in turn, alternating between two
// of these, so both histories see the same machine load. Timed in-process through dispatch.
import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { PracticeResults } from '@host/domains/practice/contract';
import { openHost } from '@host/open-host';
import { BUNDLED_BANKS, collectGarbage, percentile } from './common';
import { answerables, answerArg, answerPool } from './fixtures';

export interface RunRequest {
  warmUp: number;
  samples: number;
}
export type WorkerMessage = { kind: 'ready'; openMs: number } | { kind: 'run'; p95: number; p50: number; max: number } | { kind: 'error'; message: string };

const send = (m: WorkerMessage) => process.send!(m);

if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  const dataDir = process.argv[2]!;
  const pool = answerPool(answerables(BUNDLED_BANKS));
  const t0 = performance.now();
  const host = openHost({ dataDir, banksDir: BUNDLED_BANKS });
  const openMs = performance.now() - t0;
  // Start-up garbage (the history just read) is collected before the learner's first answer.
  collectGarbage();
  let n = 0;
  process.on('message', (m: RunRequest | 'close') => {
    if (m === 'close') {
      host.close();
      process.disconnect();
      return;
    }
    void (async () => {
      const sessionId = crypto.randomUUID();
      const times: number[] = [];
      for (let i = 0; i < m.warmUp + m.samples; i++) {
        const arg = answerArg(pool, n++, sessionId);
        const t = performance.now();
        const r = await host.dispatch('practice.answer', arg);
        const dt = performance.now() - t;
        if (!r.ok) throw new Error(`practice.answer failed: ${r.error.code} ${r.error.message}`);
        if (!(r.value as PracticeResults['practice.answer']).result.saved) throw new Error('practice.answer did not save');
        if (i >= m.warmUp) times.push(dt);
      }
      send({ kind: 'run', p95: percentile(times, 95), p50: percentile(times, 50), max: Math.max(...times) });
    })().catch((e: unknown) => send({ kind: 'error', message: (e as Error).message }));
  });
  send({ kind: 'ready', openMs });
}
