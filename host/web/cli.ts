import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describeProblem } from '../../core/bank/problems';
import { openHost, type Host } from '../open-host';
import { startupFailure } from '../startup-failure';
import { startWebServer } from './server';
import { newToken } from './security';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Same folder Electron uses as userData for productName "LawDrill", so both hosts share data. */
function defaultDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'LawDrill');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'LawDrill');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'LawDrill');
}

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    banks: { type: 'string' },
    port: { type: 'string', default: '5757' },
    renderer: { type: 'string' },
    lang: { type: 'string' },
  },
});

const dataDir = path.resolve(values.data ?? defaultDataDir());
const systemLocale = values.lang ?? Intl.DateTimeFormat().resolvedOptions().locale;
let host: Host;
try {
  host = openHost({ dataDir, banksDir: path.resolve(values.banks ?? path.join(root, 'question-banks')), systemLocale });
} catch (e) {
  const { title, message } = startupFailure(systemLocale, dataDir, e);
  console.error(`${title}\n${message}`);
  process.exit(1);
}
const token = newToken();
const rendererDir = path.resolve(values.renderer ?? path.join(root, 'out', 'renderer'));
const start = (port: number) => startWebServer({ dispatch: host.dispatch, rendererDir, token, port });
// A second copy, or another program, may hold the usual port: take any free one instead.
const { server, port } = await start(Number(values.port)).catch((e: NodeJS.ErrnoException) => {
  if (e.code !== 'EADDRINUSE') throw e;
  console.warn(`Port ${values.port} is busy; using another one.`);
  return start(0);
});

for (const p of host.ctx.bankProblems) console.warn(`bank skipped: ${describeProblem(p)}`);
console.log(`LawDrill data folder: ${dataDir}`);
console.log(`LawDrill is running. Open this address in your browser:\nLAWDRILL_URL=http://127.0.0.1:${port}/#token=${token}`);

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
