import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import open from 'open';
import { describeProblem } from '@core/bank/problems';
import { languageForLocale } from '@core/settings/settings';
import zh from '@core/locales/zh-CN.json' with { type: 'json' };
import en from '@core/locales/en.json' with { type: 'json' };
import { openHost, type Host } from '../open-host';
import { startupFailure } from '../startup-failure';
import { parseWebArgs } from './cli-options';
import { loadLaunchState, saveLaunchState } from './launch-state';
import { startWebServer } from './server';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DEFAULT_PORT = 5757;
const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
const text = languageForLocale(locale) === 'en' ? en.cli : zh.cli;
const fill = (s: string, params: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));

/** Same folder Electron uses as userData for productName "LawDrill", so both hosts share data. */
function defaultDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'LawDrill');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'LawDrill');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'LawDrill');
}

/**
 * TEST OPTION ONLY: LAWDRILL_FAKE_NOW=<ms since 1970> starts the host's clock at that instant
 * (it then runs on at the real pace), so end-to-end tests can open the app "two days later".
 */
function testClock(): { now?: () => number } {
  const fake = Number(process.env.LAWDRILL_FAKE_NOW);
  if (!process.env.LAWDRILL_FAKE_NOW || !Number.isSafeInteger(fake)) return {};
  const started = Date.now();
  return { now: () => fake + (Date.now() - started) };
}

const parsed = parseWebArgs(process.argv.slice(2));
if (parsed.kind === 'help') {
  console.log(text.usage);
  process.exit(0);
}
if (parsed.kind !== 'run') {
  console.error(parsed.kind === 'bad-port' ? fill(text.badPort, { port: parsed.port }) : fill(text.badOption, { detail: parsed.detail }));
  process.exit(2);
}
const options = parsed.options;

const dataDir = path.resolve(options.data ?? defaultDataDir());
let host: Host;
try {
  host = openHost({ dataDir, banksDir: path.resolve(options.banks ?? path.join(root, 'question-banks')), systemLocale: locale, ...testClock() });
} catch (e) {
  const { title, message } = startupFailure(locale, dataDir, e);
  console.error(`${title}\n${message}`);
  process.exit(1);
}

const state = loadLaunchState(dataDir);
const rendererDir = path.join(root, 'out', 'renderer');
const start = (port: number) => startWebServer({ dispatch: host.dispatch, rendererDir, token: state.token, port });
// Keep last time's port so an open tab or a bookmark reconnects; take any free one if it is busy.
const wanted = options.port ?? state.port ?? DEFAULT_PORT;
const { server, port } = await start(wanted).catch((e: NodeJS.ErrnoException) => {
  if (e.code !== 'EADDRINUSE' && e.code !== 'EACCES') throw e;
  console.warn(fill(text.portBusy, { port: wanted }));
  return start(0);
});
saveLaunchState(dataDir, { token: state.token, port });

for (const p of host.ctx.bankProblems) console.warn(fill(text.bankSkipped, { detail: describeProblem(p) }));
const url = `http://127.0.0.1:${port}/#token=${state.token}`;
// A machine without a desktop (a server, CI) has no browser to open.
const canOpen = options.open && (process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY));
console.log(fill(text.dataFolder, { dir: dataDir }));
console.log(canOpen ? text.running : text.runningNoOpen);
console.log(url);
console.log(text.stopHint);
if (canOpen) open(url).catch(() => {});

/**
 * Every answer is already on disk when its reply is sent, so stopping has nothing to
 * flush: end open connections (a half-sent request must not hold the process) and exit.
 */
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  host.close();
  setTimeout(() => process.exit(0), 1000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
