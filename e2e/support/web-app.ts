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

/** Starts `npm run web`'s server on a free port and resolves once it prints its address. */
export async function startWebApp(opts: { dataDir?: string; banksDir?: string; lang?: string } = {}): Promise<WebApp> {
  const dataDir = opts.dataDir ?? tempDir('data');
  const banksDir = opts.banksDir ?? BUNDLED_BANKS;
  const args = ['--import', 'tsx', path.join(ROOT, 'host/web/cli.ts'), '--data', dataDir, '--banks', banksDir, '--port', '0', '--lang', opts.lang ?? 'zh-CN'];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await waitForUrl(child);
  const port = Number(new URL(url).port);
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await ended;
  };
  return { url, port, dataDir, banksDir, crash: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LAWDRILL_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => reject(new Error(`web host exited (${code}) before starting:\n${out}\n${err}`)));
  });
}

export function copyBanks(): string {
  const dir = tempDir('banks');
  for (const f of fs.readdirSync(BUNDLED_BANKS)) fs.copyFileSync(path.join(BUNDLED_BANKS, f), path.join(dir, f));
  return dir;
}
