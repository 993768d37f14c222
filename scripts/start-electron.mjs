#!/usr/bin/env node
// `npm start`: runs the built app in Electron. The electron package downloads its program
// lazily; where that is impossible (offline, blocked host) the electron CLI ends in a stack
// trace. This finds the program itself, tries the download once, and otherwise says in a
// few lines what failed and what to do instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Tests point this at a fake electron package; everyone else uses the installed one.
const PACKAGE_DIR = process.env.LAWDRILL_ELECTRON_PACKAGE_DIR || path.join(ROOT, 'node_modules', 'electron');
const OVERRIDE = process.env.ELECTRON_OVERRIDE_DIST_PATH;

const MESSAGES = {
  'zh-CN': {
    download: (reason) => `LawDrill 桌面版无法启动：Electron 程序没有下载成功${reason ? `（${reason}）` : ''}。`,
    override: (dir) => `LawDrill 桌面版无法启动：ELECTRON_OVERRIDE_DIST_PATH（${dir}）中没有 Electron 程序`,
    web: '同一个应用可以在浏览器中运行：npm run web',
    how: '要获取 Electron：把 ELECTRON_MIRROR 设为你能访问的镜像地址后重新运行 npm start，\n或把 ELECTRON_OVERRIDE_DIST_PATH 设为存放 Electron 程序的文件夹。',
  },
  en: {
    download: (reason) => `LawDrill desktop cannot start: the Electron program could not be downloaded${reason ? ` (${reason})` : ''}.`,
    override: (dir) => `LawDrill desktop cannot start: ELECTRON_OVERRIDE_DIST_PATH (${dir}) holds no Electron program`,
    web: 'The same app runs in your browser: npm run web',
    how: 'To get Electron, set ELECTRON_MIRROR to a mirror you can reach and run npm start again,\nor set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron build.',
  },
};

function language() {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** Where the electron package says its program is (as its index.js would), or null if it is not there. */
function electronProgram() {
  const pathFile = path.join(PACKAGE_DIR, 'path.txt');
  const name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const exe = OVERRIDE ? path.join(OVERRIDE, name || 'electron') : name && path.join(PACKAGE_DIR, 'dist', name);
  return exe && fs.existsSync(exe) ? exe : null;
}

/** One download attempt in a child, its output kept back; returns the first line of its complaint. */
function tryDownload() {
  const installer = path.join(PACKAGE_DIR, 'install.js');
  const args = fs.existsSync(installer) ? [installer] : ['-e', `require(${JSON.stringify(PACKAGE_DIR)})`];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15 * 60_000 });
  if (r.status === 0) return null;
  const text = `${r.stderr ?? ''}\n${r.stdout ?? ''}`;
  const first = text.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('at '));
  return (first ?? r.error?.message ?? `exit ${r.status}`).slice(0, 200);
}

function fail(headline) {
  const t = MESSAGES[language()];
  console.error(`${headline}\n${t.web}\n${t.how}`);
  process.exit(1);
}

let exe = electronProgram();
if (!exe) {
  const t = MESSAGES[language()];
  // The override wins over any download (electron itself does the same): say so instead.
  if (OVERRIDE) fail(t.override(OVERRIDE));
  const reason = tryDownload();
  exe = electronProgram();
  if (!exe) fail(t.download(reason));
}

const child = spawn(exe, ['.'], { cwd: ROOT, stdio: 'inherit', windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (e) => {
  console.error(e.message);
  process.exit(1);
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
