// JavaScript the page must fetch before its first screen: the entry script, its
// modulepreloads and whatever those import statically, gzipped as a server would send them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, figure, progress, type Figure } from './common';

export const RENDERER_DIR = path.join(ROOT, 'out', 'renderer');

/** Builds the renderer when there is none; warns when sources look newer than the build. */
export function ensureRendererBuilt(): void {
  // Always build first (under a second): every figure then measures the code as it is now,
  // the web host as the bundled out/web/cli.mjs that `npm run web` starts.
  progress('building: npm run build');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  if (r.status !== 0 || !fs.existsSync(path.join(RENDERER_DIR, 'index.html')) || !fs.existsSync(path.join(ROOT, 'out/web/cli.mjs'))) {
    throw new Error('npm run build failed');
  }
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$\s{},*]*?from\s*)?["']([^"']+\.js)["']/g;

function entryFiles(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/g)) found.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel=["']modulepreload["']/.test(m[0])) continue;
    const href = /\bhref=["']([^"']+)["']/.exec(m[0])?.[1];
    if (href) found.push(href);
  }
  return found;
}

export function benchBundle(): Figure[] {
  const html = fs.readFileSync(path.join(RENDERER_DIR, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = entryFiles(html)
    .filter((src) => !/^[a-z]+:/i.test(src) && !src.startsWith('//'))
    .map((src) => path.resolve(RENDERER_DIR, src.replace(/^\//, '')));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    // Static imports load before the module runs; dynamic import() (lazy screens) does not count.
    for (const m of code.matchAll(STATIC_IMPORT)) if (m[1]!.startsWith('.')) queue.push(path.resolve(path.dirname(file), m[1]!));
  }
  let total = 0;
  const parts: string[] = [];
  for (const file of seen) {
    const gz = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    total += gz;
    parts.push(`${path.relative(RENDERER_DIR, file)} ${(gz / 1024).toFixed(1)} KB`);
  }
  progress(`bundle: ${parts.join(', ')}`);
  return [figure('bundle-initial-kb-gzip', total / 1024, `${seen.size} file(s): ${parts.join(', ')}`)];
}
