// The real web host CLI as a child process, and a keep-alive client for its HTTP API.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, sleep } from './common';

export interface RunningHost {
  child: ChildProcess;
  pid: number;
  port: number;
  token: string;
  /** The address the CLI prints: `http://127.0.0.1:P/#token=T`. */
  url: string;
  /** `http://127.0.0.1:P`, no fragment. */
  base: string;
  /** Time from spawn to the first successful app.bootstrap reply. */
  readyMs: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Remembers a child this benchmark started, to stop it if the run ends early. */
export function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
}

/** Children this benchmark started: stopped on any exit, by their own id. */
export function killAllStarted(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface ApiReply {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/** POST /api/<channel>, the way the page's bridge calls it. */
export function call(agent: http.Agent, port: number, token: string, channel: string, arg: unknown): Promise<ApiReply> {
  const body = Buffer.from(JSON.stringify(arg ?? {}));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${channel}`,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as ApiReply['body'] });
          } catch (e) {
            reject(e as Error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Spawns the built web host (`node out/web/cli.mjs`, what `npm run web` starts) on the given folders and polls app.bootstrap
 * until it answers. The token is written to the data folder beforehand (the CLI keeps the
 * token it finds there) and the port is chosen free, so polling can start at spawn.
 */
export async function startHost(o: { dataDir: string; banksDir: string; timeoutMs?: number }): Promise<RunningHost> {
  const token = crypto.randomBytes(24).toString('base64url');
  const port = await freePort();
  fs.mkdirSync(o.dataDir, { recursive: true });
  fs.writeFileSync(path.join(o.dataDir, 'web-host.json'), JSON.stringify({ token, port }), { mode: 0o600 });
  const args = [path.join(ROOT, 'out/web/cli.mjs'), '--data', o.dataDir, '--banks', o.banksDir, '--port', String(port), '--no-open'];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
  track(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const readyMs = await firstReply(child, port, token, t0, o.timeoutMs ?? 30_000, () => output);
  const printed = /^(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)$/m.exec(output)?.[1];
  const base = `http://127.0.0.1:${port}`;
  return {
    child,
    pid: child.pid!,
    port,
    token,
    url: printed ?? `${base}/#token=${token}`,
    base,
    readyMs,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls app.bootstrap until it answers; returns the time since `t0`. */
async function firstReply(child: ChildProcess, port: number, token: string, t0: number, timeoutMs: number, output: () => string): Promise<number> {
  const agent = new http.Agent({ keepAlive: false });
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`web host exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`);
      if (performance.now() - t0 > timeoutMs) {
        child.kill('SIGKILL');
        throw new Error(`web host did not answer within ${timeoutMs} ms:\n${output()}`);
      }
      try {
        const r = await call(agent, port, token, 'app.bootstrap', {});
        if (r.status === 200 && r.body.ok) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      await sleep(5);
    }
  } finally {
    agent.destroy();
  }
}

/** Resident set size of a process, in MiB (Linux /proc; `ps` elsewhere). */
export function rssMiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux: ask ps
  }
  const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  return kb / 1024;
}
