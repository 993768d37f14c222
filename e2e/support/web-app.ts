import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BUNDLED_BANKS = path.join(ROOT, 'question-banks');

export interface WebApp {
  url: string;
  port: number;
  dataDir: string;
  banksDir: string;
  /** Ends the server like a crash: no chance to flush or tidy up. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/** A data folder of its own per test, so tests never see each other's progress. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `lawdrill-${prefix}-`));
}

/**
 * Starts `npm run web`'s server and resolves once it prints its address. A fresh data
 * folder gets any free port; `port: 'saved'` starts it the way a person would, with no
 * --port, so it takes the port it used last time.
 */
export async function startWebApp(opts: { dataDir?: string; banksDir?: string; port?: number | 'saved' } = {}): Promise<WebApp> {
  const dataDir = opts.dataDir ?? tempDir('data');
  const banksDir = opts.banksDir ?? BUNDLED_BANKS;
  const port = opts.port ?? 0;
  // The built host, as `npm run web` starts it (npm test builds before the e2e run).
  const args = [path.join(ROOT, 'out/web/cli.mjs'), '--data', dataDir, '--banks', banksDir, '--no-open', ...(port === 'saved' ? [] : ['--port', String(port)])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
  const url = await waitForUrl(child);
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await ended;
  };
  return { url, port: Number(new URL(url).port), dataDir, banksDir, crash: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)$/m.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => reject(new Error(`web host exited (${code}) before starting:\n${out}\n${err}`)));
  });
}

export function copyBanks(): string {
  const dir = tempDir('banks');
  for (const f of fs.readdirSync(BUNDLED_BANKS).filter((n) => n.endsWith('.json') || n === 'BUNDLED')) fs.copyFileSync(path.join(BUNDLED_BANKS, f), path.join(dir, f));
  return dir;
}

/** Every answer event in a data folder's history, as written. */
export function historyEvents(dataDir: string): { id: string; questionId: string; correct: boolean; raw: string }[] {
  const dir = path.join(dataDir, 'history');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^attempts-\d{4}-\d{2}\.jsonl$/.test(f))
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((raw) => ({ ...(JSON.parse(raw) as { id: string; questionId: string; correct: boolean }), raw }));
}
