#!/usr/bin/env node
// Bundles the web host (host/web/cli.ts and everything it imports from host/ and core/) into
// out/web/cli.mjs, so `npm run web` starts plain JavaScript instead of compiling TypeScript at
// every launch (a few hundred milliseconds of a learner's wait). Packages stay external.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'web');
await build({
  entryPoints: [path.join(root, 'host/web/cli.ts')],
  outfile: path.join(outDir, 'cli.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
// The server reads its bridge script beside itself.
fs.copyFileSync(path.join(root, 'host/web/bridge.js'), path.join(outDir, 'bridge.js'));
console.log(`web host built: ${path.relative(root, path.join(outDir, 'cli.mjs'))}`);
