import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/web-app';

/**
 * The Electron binary, if this machine has one. Asking the electron package itself would
 * start a download (which fails offline), so read the file it would read instead.
 */
export function electronBinary(): string | null {
  const dir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}
