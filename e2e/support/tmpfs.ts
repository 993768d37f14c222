import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './web-app';

/**
 * A small RAM disk to fill up or make read-only: a real full disk and a real read-only
 * folder, not a simulation. Mounting needs root (CI runs as root); elsewhere the caller
 * skips and says why.
 */
export function mountTmpfs(sizeKiB: number): { dir: string; remountReadOnly(): void; unmount(): void } | null {
  const dir = tempDir('tmpfs');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k,mode=0755`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return {
    dir,
    remountReadOnly: () => void spawnSync('mount', ['-o', 'remount,ro', dir]),
    unmount: () => void spawnSync('umount', ['-l', dir]),
  };
}

/** Fills the disk holding `dir` to the last byte with a filler file; returns its path. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 0x78);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch {
    // ENOSPC in whole chunks; then byte by byte, so not even a page is left
    try {
      for (;;) fs.writeSync(fd, chunk, 0, 1);
    } catch {
      // full
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}
