import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openHost, type Host, type HostOptions } from '../open-host';
import type { ArgOf, Channel, ResultOf } from '../domains/contract';
import type { Response } from '@core/practice/response';
import type { Scope } from '@core/scope/scope';
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

/** openHost on `dirs` with the fixed clock, UTC days and an English system locale. */
export function openTestHost(dirs: TestDirs, over: Partial<HostOptions> = {}): Host {
  return openHost({ ...dirs, now: fixedClock, offsetOf: () => 0, systemLocale: 'en-US', ...over });
}

/** Calls a channel through dispatch and returns its value; throws with the error envelope otherwise. */
export async function call<C extends Channel>(host: Host, channel: C, arg: ArgOf<C>): Promise<ResultOf[C]> {
  const envelope = await host.dispatch(channel, arg);
  if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as ResultOf[C];
}

export const bankScope = (bankId = 'small'): Scope => ({ kind: 'bank', bankId });

/** The argument of one practice.answer, with a fresh event id unless given. */
export function answerArg(questionId: string, response: Response, over: Partial<ArgOf<'practice.answer'>> = {}): ArgOf<'practice.answer'> {
  const scope = over.scope ?? bankScope();
  return { id: crypto.randomUUID(), scope, bankId: ('bankId' in scope ? scope.bankId : undefined) ?? 'small', questionId, response, elapsedMs: 3000, sessionId: 'test-session', ...over };
}
