#!/usr/bin/env node
// Electronegativity over the Electron main-process and preload code that ships (electron/,
// without tests and their stand-ins). Fails on any finding of MEDIUM severity or above that
// scripts/electronegativity-exceptions.json does not list with a reason, and on an exception
// that no longer matches anything (so the list cannot quietly go stale). Offline by design.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = 'electron';
const EXCEPTIONS_FILE = path.join(ROOT, 'scripts', 'electronegativity-exceptions.json');
const MEDIUM = 2; // electronegativity's severity.MEDIUM.value
// Needs the internet (it downloads Electron's release list to compare versions); which
// Electron we ship is npm's concern (package.json, npm audit), not this source scan.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const require = createRequire(path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'package.json'));

/**
 * The tool fetches translations from the internet at start (and waits for retries when
 * there is none). Answer every request of its HTTP client with "offline" at once: it then
 * uses its bundled English texts.
 */
function keepOffline() {
  const gotPath = require.resolve('got');
  const offline = () => Promise.reject(new Error('electronegativity runs offline here'));
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = Object.assign(offline, { head: offline, get: offline, default: offline });
  require.cache[gotPath] = stub;
}

/** Copies the shipped sources (no tests, no test support) to a fresh folder to scan. */
function shippedCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawdrill-eneg-'));
  const from = path.join(ROOT, SOURCE);
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|js|mjs|cjs|html)$/.test(entry.name) || /\.test\.[tj]s$/.test(entry.name)) continue;
    const rel = path.relative(from, path.join(entry.parentPath, entry.name));
    if (rel.split(path.sep).includes('test-support')) continue;
    fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    fs.copyFileSync(path.join(from, rel), path.join(dir, rel));
  }
  return dir;
}

function readExceptions() {
  const list = JSON.parse(fs.readFileSync(EXCEPTIONS_FILE, 'utf8'));
  for (const e of list) {
    if (typeof e.check !== 'string' || typeof e.file !== 'string' || typeof e.why !== 'string' || e.why.trim() === '') {
      throw new Error(`${path.relative(ROOT, EXCEPTIONS_FILE)}: every entry needs "check", "file" and a one-line "why"`);
    }
  }
  return list;
}

async function main() {
  keepOffline();
  const run = require('./dist/runner.js');
  const electronVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const exceptions = readExceptions();
  const dir = shippedCopy();
  let result;
  const log = console.log;
  try {
    // Silences the tool's "could not retrieve translations" line, expected offline.
    console.log = () => {};
    result = await run({
      input: dir,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    });
  } finally {
    console.log = log;
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const where = (file) => (file === 'N/A' ? 'N/A' : path.join(SOURCE, path.relative(dir, file)).split(path.sep).join('/'));
  const problems = [];
  for (const err of result.errors) {
    // A file the tool could not parse was not checked at all.
    if (!err.tolerable) problems.push(`could not parse ${where(err.file)}: ${err.message}`);
  }
  const used = new Set();
  let below = 0;
  for (const issue of result.issues) {
    if (issue.severity.value < MEDIUM) {
      below++;
      continue;
    }
    const file = where(issue.file);
    const line = `${issue.id} ${issue.severity.name}/${issue.confidence.name} ${file}:${issue.location.line} ${issue.description}`;
    const exception = exceptions.find((e) => e.check === issue.id && e.file === file);
    if (exception) {
      used.add(exception);
      console.log(`excepted: ${line}\n          why: ${exception.why}`);
    } else problems.push(line);
  }
  for (const e of exceptions) if (!used.has(e)) problems.push(`stale exception (matches no finding): ${e.check} ${e.file}`);

  console.log(`electronegativity ${result.globalChecks + result.atomicChecks} checks over ${SOURCE}/ (Electron ${electronVersion}): ` +
    `${problems.length} problem(s), ${used.size} excepted, ${below} below MEDIUM`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(problems.length > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(`electronegativity failed to run: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
