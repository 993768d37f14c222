import fs from 'node:fs';
import path from 'node:path';
import Conf, { type Options } from 'conf';
import type { z } from 'zod';

/** electron-store in Electron, conf elsewhere: same class family, same options. */
export type OpenStore = <T extends Record<string, unknown>>(options: Options<T>) => Conf<T>;
export const openConf: OpenStore = (options) => new Conf(options);

export interface SafeStore<T extends Record<string, unknown>> {
  store: Conf<T>;
  /** Where a damaged file was moved, when it was. */
  quarantinedTo?: string;
}

/**
 * Opens a store whose file may be damaged (crash, disk fault, hand edit). A file that does
 * not parse or does not fit `schema` is moved aside — never overwritten — and a fresh
 * store with the defaults is opened, so the app starts and can say what happened.
 */
export function openStoreSafely<T extends Record<string, unknown>>(
  open: OpenStore,
  options: { cwd: string; configName: string; defaults: T; schema: z.ZodType<T> },
  now: () => number,
): SafeStore<T> {
  // T is always an object of plain data here, which is what conf's DefaultsOf<T> describes.
  const defaults = options.defaults as Options<T>['defaults'];
  const conf: Options<T> = { cwd: options.cwd, configName: options.configName, defaults, clearInvalidConfig: false };
  const file = path.join(options.cwd, `${options.configName}.json`);
  try {
    const store = open<T>(conf);
    if (options.schema.safeParse(store.store).success) return { store };
  } catch {
    // Unreadable: handled below exactly like content that fails the schema.
  }
  const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
  const quarantinedTo = path.join(options.cwd, `${options.configName}.damaged-${stamp}.json`);
  fs.renameSync(file, quarantinedTo);
  return { store: open<T>(conf), quarantinedTo };
}
