// `npm run bench`: what a learner meets, each figure against its target.
//   npm run bench            a readable report (progress on stderr, figures on stdout)
//   npm run bench -- --json  one JSON object on stdout: {figures: [{name, value, unit, target, ok}]}
// Exits non-zero when a figure misses its target (or a part of the benchmark fails).
import { benchAnswerSave } from './bench/answer-save';
import { benchBankLoad } from './bench/bank-load';
import { benchBrowser } from './bench/browser';
import { benchBundle, ensureRendererBuilt } from './bench/bundle';
import { cleanTemps, figure, progress, type Figure, type FigureName } from './bench/common';
import { benchStartup } from './bench/startup';
import { benchStudy } from './bench/study';
import { killAllStarted } from './bench/web-host';

const json = process.argv.includes('--json');
// In --json mode stdout carries the JSON object only: anything else printed goes to stderr.
const writeOut = process.stdout.write.bind(process.stdout);
if (json) console.log = (...args: unknown[]) => console.error(...args);

process.on('exit', () => {
  killAllStarted();
  cleanTemps();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const parts: { name: string; figures: FigureName[]; run: () => Figure[] | Promise<Figure[]> }[] = [
  { name: 'answer save', figures: ['answer-save-p95-ms', 'answer-save-200k-vs-20k', 'answer-save-http-p95-ms'], run: benchAnswerSave },
  { name: 'bank load', figures: ['bank-load-ms-per-1k-questions'], run: benchBankLoad },
  { name: 'start-up', figures: ['startup-ms-10k-200k', 'startup-rss-mib-10k-200k'], run: benchStartup },
  { name: 'browser', figures: ['first-question-ms', 'next-question-p95-ms'], run: benchBrowser },
  { name: 'bundle', figures: ['bundle-initial-kb-gzip'], run: benchBundle },
  { name: 'study', figures: ['study-fold-ms-200k', 'due-queue-ms-20k', 'search-p95-ms-20k'], run: benchStudy },
];

const started = performance.now();
// The browser and bundle figures need a built renderer; a failed build fails only those.
let built: Error | undefined;
try {
  ensureRendererBuilt();
} catch (e) {
  built = e as Error;
}
const figures: Figure[] = [];
const failures: string[] = [];
for (const part of parts) {
  const t = performance.now();
  try {
    if (built && (part.name === 'browser' || part.name === 'bundle')) throw built;
    figures.push(...(await part.run()));
  } catch (e) {
    // The part's figures are still listed, as missed with no value, so nothing vanishes silently.
    failures.push(`${part.name}: ${(e as Error).stack ?? String(e)}`);
    progress(`${part.name} FAILED: ${(e as Error).message}`);
    figures.push(...part.figures.map((name) => figure(name, NaN, 'not measured: the part failed')));
  }
  progress(`${part.name} took ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
progress(`whole run ${((performance.now() - started) / 1000).toFixed(1)} s`);

if (json) {
  // NaN (not measured) becomes null in JSON.
  writeOut(`${JSON.stringify({ figures: figures.map(({ name, value, unit, target, ok }) => ({ name, value, unit, target, ok })), ...(failures.length > 0 && { errors: failures }) })}\n`);
} else {
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    writeOut(`${f.name.padEnd(width)}  ${(Number.isFinite(f.value) ? String(f.value) : '—').padStart(9)} ${f.unit.padEnd(5)} target ≤ ${f.target} ${f.unit}  ${f.ok ? 'ok' : 'MISSED'}${f.note ? `  (${f.note})` : ''}\n`);
  }
  for (const failure of failures) writeOut(`FAILED ${failure}\n`);
}
process.exitCode = failures.length > 0 || figures.some((f) => !f.ok) ? 1 : 0;
