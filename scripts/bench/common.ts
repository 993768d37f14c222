// Shared by the benchmark's parts: statistics, progress output, temp folders, the figure type.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BUNDLED_BANKS = path.join(ROOT, 'question-banks');

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The figure must be at most this. */
  target: number;
  ok: boolean;
  /** Extra context for the human-readable report (not part of the JSON contract's required fields). */
  note?: string;
}

/** Every figure with its unit and target (the figure must be at most the target). */
export const TARGETS = {
  'answer-save-p95-ms': { unit: 'ms', target: 5 },
  'answer-save-200k-vs-20k': { unit: 'ratio', target: 1.5 },
  'answer-save-http-p95-ms': { unit: 'ms', target: 10 },
  'bank-load-ms-per-1k-questions': { unit: 'ms', target: 25 },
  'startup-ms-10k-200k': { unit: 'ms', target: 1500 },
  'startup-rss-mib-10k-200k': { unit: 'MiB', target: 250 },
  'first-question-ms': { unit: 'ms', target: 500 },
  'next-question-p95-ms': { unit: 'ms', target: 33 },
  'bundle-initial-kb-gzip': { unit: 'KB', target: 150 },
  'study-fold-ms-200k': { unit: 'ms', target: 150 },
  'due-queue-ms-20k': { unit: 'ms', target: 20 },
  'search-p95-ms-20k': { unit: 'ms', target: 16 },
} as const;
export type FigureName = keyof typeof TARGETS;

/** A measured figure; NaN (a part that failed) is never ok and shows as null in JSON. */
export function figure(name: FigureName, value: number, note?: string): Figure {
  const { unit, target } = TARGETS[name];
  const rounded = Math.round(value * 1000) / 1000;
  return { name, value: rounded, unit, target, ok: Number.isFinite(value) && value <= target, ...(note && { note }) };
}

/** Progress goes to stderr, so `--json` leaves stdout to the one JSON object. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const ms = (x: number, digits = 2) => `${x.toFixed(digits)} ms`;

const temps: string[] = [];

/** A temp folder removed by `cleanTemps` at the end of the run, whatever happened. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lawdrill-bench-${prefix}-`));
  temps.push(dir);
  return dir;
}

export function cleanTemps(): void {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export const sleep = (msec: number) => new Promise<void>((resolve) => setTimeout(resolve, msec));

export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
