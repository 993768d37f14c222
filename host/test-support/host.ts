import fs from 'node:fs';
import path from 'node:path';
import { openHost, type Host } from '../open-host';
import type { ArgOf, Channel, ResultOf } from '../../core/ipc/contract';
import { smallBank, writeBank } from './small-bank';
import { fixedClock, tempDir } from './temp';

export interface TestDirs {
  dataDir: string;
  banksDir: string;
}

/** A temp data folder and a banks folder holding smallBank('small') as small.json. */
export function hostDirs(): TestDirs {
  const root = tempDir('lawdrill-host-');
  const dirs = { dataDir: path.join(root, 'data'), banksDir: path.join(root, 'banks') };
  fs.mkdirSync(dirs.banksDir, { recursive: true });
  writeBank(dirs.banksDir, 'small.json', smallBank('small'));
  return dirs;
}

/** openHost on `dirs` with the fixed clock and an English system locale. */
export function openTestHost(dirs: TestDirs, now: () => number = fixedClock): Host {
  return openHost({ ...dirs, now, systemLocale: 'en-US' });
}

/** Calls a channel through dispatch and returns its value; throws with the error envelope otherwise. */
export async function call<C extends Channel>(host: Host, channel: C, arg: ArgOf<C>): Promise<ResultOf[C]> {
  const envelope = await host.dispatch(channel, arg);
  if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as ResultOf[C];
}
