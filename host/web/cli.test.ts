import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import zh from '@core/locales/zh-CN.json';
import en from '@core/locales/en.json';
import { smallBank, writeBank } from '../test-support/small-bank';
import { tempDir } from '../test-support/temp';
import { parseWebArgs } from './cli-options';

const cli = path.resolve(import.meta.dirname, 'cli.ts');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, LANG: 'zh_CN.UTF-8', ...env } });

function banks(): string {
  const dir = tempDir();
  writeBank(dir, 'small.json', smallBank('small'));
  return dir;
}

/** Starts the CLI and resolves with its process and the URL line it printed. */
function launch(args: string[]): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--no-open', '--banks', banks(), ...args], { env: { ...process.env, LANG: 'en_US.UTF-8' } });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)$/m.exec(out);
      if (m) resolve({ child, url: m[1]!, out: () => out });
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}
const exited = (child: ChildProcess) => new Promise<number>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 0))));

describe('parseWebArgs', () => {
  it('reads the options, with --no-open', () => {
    expect(parseWebArgs(['--data', 'd', '--port', '0', '--no-open'])).toEqual({ kind: 'run', options: { data: 'd', port: 0, open: false } });
    expect(parseWebArgs([])).toEqual({ kind: 'run', options: { open: true } });
  });
  it('turns bad input into values, not exceptions', () => {
    expect(parseWebArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseWebArgs(['--colour'])).toMatchObject({ kind: 'bad-option', detail: expect.stringContaining('--colour') });
    expect(parseWebArgs(['--port', 'abc'])).toEqual({ kind: 'bad-port', port: 'abc' });
    expect(parseWebArgs(['--port', '70000'])).toEqual({ kind: 'bad-port', port: '70000' });
  });
});

describe('npm run web', () => {
  it('--help prints the options in the user’s language, no stack trace', () => {
    const zhRun = run(['--help']);
    expect(zhRun.status).toBe(0);
    expect(zhRun.stdout.trim()).toBe(zh.cli.usage);
    expect(run(['--help'], { LANG: 'en_GB.UTF-8' }).stdout.trim()).toBe(en.cli.usage);
  });

  it('an unknown option is named in one short message', () => {
    const r = run(['--colour']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--colour');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('a data folder it cannot use: says so in the user’s language and exits, touching nothing', () => {
    const parent = tempDir();
    const notAFolder = path.join(parent, 'data');
    fs.writeFileSync(notAFolder, 'a file where the data folder should be');
    const r = run(['--data', path.join(notAFolder, 'inner'), '--port', '0', '--no-open']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(zh.startup.title);
    expect(r.stderr).toContain(path.join(notAFolder, 'inner'));
    expect(fs.readdirSync(parent)).toEqual(['data']);
  });

  it('prints the address as a plain URL line, and keeps token and port for the next launch', async () => {
    const data = tempDir();
    const first = await launch(['--data', data, '--port', '0']);
    expect(first.out()).toContain(en.cli.runningNoOpen);
    first.child.kill('SIGTERM');
    await exited(first.child);
    const file = path.join(data, 'web-host.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const second = await launch(['--data', data]); // no --port: last time's
    expect(second.url).toBe(first.url);
    second.child.kill('SIGTERM');
    await exited(second.child);
  });

  it('stops within 2 s on SIGTERM even while a request is half sent', async () => {
    const { child, url } = await launch(['--data', tempDir(), '--port', '0']);
    const port = Number(new URL(url).port);
    const socket = net.connect(port, '127.0.0.1');
    socket.on('error', () => {}); // the server ending the connection is the point
    await new Promise((r) => socket.once('connect', r));
    socket.write(`POST /api/app.bootstrap HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 100\r\n\r\n{"half":`);
    const t = Date.now();
    child.kill('SIGTERM');
    await exited(child);
    expect(Date.now() - t).toBeLessThan(2000);
    socket.destroy();
  });
});
