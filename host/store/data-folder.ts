import fs from 'node:fs';
import path from 'node:path';

/** conf/atomically write `<name>.json.tmp-<10 digits><6 hex>` and rename it over the file. */
const TEMP = /\.json\.tmp-\d{10}[0-9a-f]{6}$/;
/** A temp file younger than this may belong to a write in progress in another copy of the app. */
const STALE_AFTER_MS = 60_000;

/**
 * Removes temp files that a killed process left behind (its rename never happened).
 * Returns the names removed.
 */
export function removeStaleTemps(dataDir: string, now: number): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => TEMP.test(n))) {
    const file = path.join(dataDir, name);
    try {
      if (now - fs.statSync(file).mtimeMs < STALE_AFTER_MS) continue;
      fs.unlinkSync(file);
      removed.push(name);
    } catch {
      // gone already, or not ours to remove: leave it
    }
  }
  return removed;
}

/**
 * Whether the app can keep anything in this folder: writes, syncs and removes a probe file.
 * Checked at start so a read-only folder (a locked-down office PC, a write-protected USB
 * stick) is told plainly before the first answer rather than at it.
 */
export function canWrite(dataDir: string): boolean {
  const probe = path.join(dataDir, `.write-probe-${process.pid}`);
  try {
    const fd = fs.openSync(probe, 'w');
    try {
      fs.writeSync(fd, 'ok');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.unlinkSync(probe);
    return true;
  } catch {
    return false;
  }
}
