import fs from 'node:fs';
import path from 'node:path';
import Conf, { type Options } from 'conf';
import type { z } from 'zod';

/** What the handlers use of a store: conf and electron-store both fit it. */
export interface KeyValueStore<T extends Record<string, unknown>> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
  store: T;
}

/** electron-store in Electron, conf elsewhere: same class family, same options. */
export type OpenStore = <T extends Record<string, unknown>>(options: Options<T>) => KeyValueStore<T>;
export const openConf: OpenStore = (options) => new Conf(options);

/**
 * For a data folder that cannot be written: starts from the defaults and keeps changes in
 * memory for this launch (conf would throw at its first write). openStoreSafely fills in
 * what the file holds.
 */
export const openInMemory: OpenStore = <T extends Record<string, unknown>>(options: Options<T>) => {
  let data = { ...(options.defaults as T) };
  return {
    get: (key) => data[key],
    set: (key, value) => void (data = { ...data, [key]: value }),
    get store() {
      return data;
    },
    set store(v: T) {
      data = v;
    },
  } satisfies KeyValueStore<T>;
};

export interface SafeStore<T extends Record<string, unknown>> {
  store: KeyValueStore<T>;
  /** True when no usable saved content existed (absent or damaged): the defaults are in use. */
  fresh: boolean;
  /** Where a damaged file was moved, when it was. */
  quarantinedTo?: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Saved values with any field a newer version added filled in from the defaults (one level
 * into nested objects), so an upgrade does not mistake an old file for a damaged one.
 */
export function withDefaults<T extends Record<string, unknown>>(defaults: T, saved: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...defaults, ...saved };
  for (const [k, d] of Object.entries(defaults)) {
    const s = saved[k];
    if (isPlainObject(d) && isPlainObject(s)) out[k] = { ...d, ...s };
  }
  return out;
}

/** The file's content if it is usable, `null` if absent, `'damaged'` if not. */
function readSaved<T>(file: string, defaults: T & Record<string, unknown>, schema: z.ZodType<T>): Record<string, unknown> | null | 'damaged' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EISDIR') return 'damaged';
    throw e; // no permission, not a folder…: nothing to quarantine, the caller must say so
  }
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return 'damaged';
  }
  if (!isPlainObject(saved)) return 'damaged';
  const merged = withDefaults(defaults, saved);
  return schema.safeParse(merged).success ? merged : 'damaged';
}

/**
 * Opens a store whose file may be damaged (crash, disk fault, hand edit). The file is judged
 * before conf sees it — conf would silently replace some bad content with the defaults — and
 * a damaged one is moved aside, never overwritten, so the app starts and can say what happened.
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
  const saved = readSaved(file, options.defaults, options.schema);
  let quarantinedTo: string | undefined;
  if (saved === 'damaged') {
    const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
    quarantinedTo = path.join(options.cwd, `${options.configName}.damaged-${stamp}.json`);
    try {
      fs.renameSync(file, quarantinedTo);
    } catch {
      // A read-only folder: the damaged file stays where it is, untouched; defaults are used.
      quarantinedTo = undefined;
    }
  }
  const store = open<T>(conf);
  // Write back fields filled in from the defaults; `saved` passed the schema, so it is a T.
  if (saved && saved !== 'damaged' && JSON.stringify(saved) !== JSON.stringify(store.store)) store.store = saved as T;
  const fresh = saved === null || saved === 'damaged';
  return quarantinedTo ? { store, fresh, quarantinedTo } : { store, fresh };
}
