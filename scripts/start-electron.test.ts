import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@host/test-support/temp';

const SCRIPT = path.resolve(import.meta.dirname, 'start-electron.mjs');

/** A fake electron package folder; `install` is the body of its install.js, if any. */
function fakePackage(install?: string): string {
  const dir = tempDir('lawdrill-fake-electron-');
  if (install !== undefined) fs.writeFileSync(path.join(dir, 'install.js'), install);
  return dir;
}

/** A fake Electron program that prints its arguments and exits 7. */
function fakeProgram(dir: string): void {
  fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
  fs.writeFileSync(path.join(dir, 'dist', 'electron'), '#!/bin/sh\necho "args:$*"\nexit 7\n', { mode: 0o755 });
}

const FAILING_INSTALL = `require('fs').writeFileSync(__dirname + '/tried', 'yes');
console.error('TypeError: fetch failed\\n    at download (install.js:1:1)');
process.exit(1);`;

function start(packageDir: string, env: Record<string, string> = {}) {
  const base: Record<string, string | undefined> = { ...process.env };
  // Vitest sets the override for the whole run; the script must start from a user's env.
  for (const key of ['ELECTRON_OVERRIDE_DIST_PATH', 'LANG', 'LC_ALL', 'LC_MESSAGES']) delete base[key];
  const r = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env: { ...base, LAWDRILL_ELECTRON_PACKAGE_DIR: packageDir, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('start-electron', () => {
  it('tries the download once, then says in Chinese what failed and what to do, without a stack trace', () => {
    const dir = fakePackage(FAILING_INSTALL);
    const r = start(dir);
    expect(r.status).toBe(1);
    expect(fs.existsSync(path.join(dir, 'tried'))).toBe(true);
    expect(r.stderr).toContain('Electron 程序没有下载成功（TypeError: fetch failed）');
    expect(r.stderr).toContain('npm run web');
    expect(r.stderr).toContain('ELECTRON_MIRROR');
    expect(r.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(5);
  });

  it.each([
    [{ LANG: 'en_US.UTF-8' }],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' }],
  ])('speaks English when the locale is English (%o)', (env) => {
    const r = start(fakePackage(FAILING_INSTALL), env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the Electron program could not be downloaded (TypeError: fetch failed).');
    expect(r.stderr).toContain('npm run web');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('gives the same message when the package has no installer and loading it fails', () => {
    const r = start(fakePackage(), { LANG: 'en_US.UTF-8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the Electron program could not be downloaded');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('says so when ELECTRON_OVERRIDE_DIST_PATH holds no program, without trying a download', () => {
    const dir = fakePackage(FAILING_INSTALL);
    const r = start(dir, { LANG: 'en_US.UTF-8', ELECTRON_OVERRIDE_DIST_PATH: tempDir() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(r.stderr).toContain('holds no Electron program');
    expect(fs.existsSync(path.join(dir, 'tried'))).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('runs an existing program with "." and passes its exit code through', () => {
    const dir = fakePackage(FAILING_INSTALL);
    fakeProgram(dir);
    const r = start(dir);
    expect(fs.existsSync(path.join(dir, 'tried'))).toBe(false);
    expect(r.stdout.trim()).toBe('args:.');
    expect(r.status).toBe(7);
  });

  it.skipIf(process.platform === 'win32')('runs the program a successful download brought', () => {
    const dir = fakePackage(`const fs = require('fs');
fs.writeFileSync(__dirname + '/tried', 'yes');
fs.writeFileSync(__dirname + '/path.txt', 'electron');
fs.mkdirSync(__dirname + '/dist');
fs.writeFileSync(__dirname + '/dist/electron', '#!/bin/sh\\necho "args:$*"\\nexit 7\\n', { mode: 0o755 });`);
    const r = start(dir);
    expect(fs.existsSync(path.join(dir, 'tried'))).toBe(true);
    expect(r.stdout.trim()).toBe('args:.');
    expect(r.status).toBe(7);
  });
});
