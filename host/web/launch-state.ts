import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { newToken } from './security';

const FILE = 'web-host.json';
const stateSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{32,}$/), port: z.number().int().min(1).max(65535).optional() });
export type LaunchState = z.infer<typeof stateSchema>;

/**
 * The web host's token and port, kept in the data folder so a bookmark or a tab left open
 * across a restart reconnects by itself. The token is a secret against other programs on
 * the PC: the file is readable by its owner only (0600).
 */
export function loadLaunchState(dataDir: string): LaunchState {
  try {
    const saved = stateSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')));
    if (saved.success) return saved.data;
  } catch {
    // absent or damaged: start afresh
  }
  return { token: newToken() };
}

/** Best effort: in a read-only folder the next launch simply gets a new token. */
export function saveLaunchState(dataDir: string, state: LaunchState): void {
  const file = path.join(dataDir, FILE);
  try {
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(state), { mode: 0o600 });
    fs.chmodSync(`${file}.tmp`, 0o600);
    fs.renameSync(`${file}.tmp`, file);
  } catch {
    // nothing to do: the page still works for this launch
  }
}
