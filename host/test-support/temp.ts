import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh folder under the OS temp dir, removed after the current test. */
export function tempDir(prefix = 'lawdrill-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** 2026-01-02T03:04:05.000Z: a fixed clock so file names and timestamps are exact. */
export const FIXED_NOW = Date.UTC(2026, 0, 2, 3, 4, 5);
export const fixedClock = (): number => FIXED_NOW;
