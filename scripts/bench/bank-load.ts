// Loading the bundled banks as the host does at start: read, parse, validate, index.
import { performance } from 'node:perf_hooks';
import { loadBanks } from '@host/banks/load-banks';
import { BUNDLED_BANKS, collectGarbage, figure, median, ms, progress, type Figure } from './common';

const RUNS = 7;

export function benchBankLoad(): Figure[] {
  const times: number[] = [];
  let questions = 0;
  let first = NaN;
  for (let i = 0; i <= RUNS; i++) {
    collectGarbage();
    const t = performance.now();
    const { banks, problems } = loadBanks(BUNDLED_BANKS);
    const dt = performance.now() - t;
    if (problems.length > 0) throw new Error(`bundled banks have problems: ${JSON.stringify(problems[0])}`);
    questions = banks.reduce((n, b) => n + b.items.length, 0);
    // The first load also pays for compiling the loader and the schemas: reported, not counted.
    if (i === 0) first = dt;
    else times.push(dt);
  }
  const perK = median(times) / (questions / 1000);
  progress(`bank load: ${questions} questions; first load ${ms(first, 1)}, then median ${ms(median(times), 1)} of ${RUNS}`);
  return [figure('bank-load-ms-per-1k-questions', perK, `${questions} questions, median ${median(times).toFixed(1)} ms of ${RUNS} loads (first, cold: ${first.toFixed(1)} ms)`)];
}
