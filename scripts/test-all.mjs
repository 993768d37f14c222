#!/usr/bin/env node
// The one test command (README, CI): typecheck, lint, unit tests, build, browser e2e and
// the Electron e2e (skipped where no Electron binary exists). Ends with the line CI reads:
// "N passed, N failed, N skipped", counting every test plus typecheck, lint, electronegativity and build as one each.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } }).status === 0;
const check = (name, cmd, args) => {
  console.log(`\n== ${name} ==`);
  const ok = run(cmd, args);
  totals[ok ? 'passed' : 'failed']++;
  console.log(`${name}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
};
const readJson = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);

fs.rmSync('test-results', { recursive: true, force: true });
fs.mkdirSync('test-results', { recursive: true });

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.']);
check('electronegativity', 'node', ['scripts/electronegativity.mjs']);

console.log('\n== unit tests ==');
const unitOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
  // A suite that fails to load has no tests to count; it still must not pass silently.
  if (!unitOk && unit.numFailedTests === 0) totals.failed++;
} else totals.failed++;

if (check('build', 'npm', ['run', '--silent', 'build'])) {
  console.log('\n== e2e (Chromium against the web host; Electron where a binary exists) ==');
  const e2eOk = run('npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    if (!e2eOk && e2e.stats.unexpected === 0) totals.failed++;
  } else totals.failed++;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
