import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// zod is ~50 KB gzip: the first screen's budget (bundle-initial-kb-gzip) cannot carry it. The
// renderer may take types from schema modules, but every value it imports from core must come
// from modules that, all the way down, never import zod.
const root = path.resolve(import.meta.dirname, '../../..');
const valueImports = (file: string): string[] =>
  [...fs.readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'|^export\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)]
    .map((m) => m[1] ?? m[2] ?? m[3]!)
    .filter(Boolean);

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@core/') ? path.join(root, 'core', spec.slice(6)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const f of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
  return null;
}

function zodPath(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file) || file.endsWith('.json')) return null;
  seen.add(file);
  for (const spec of valueImports(file)) {
    if (spec === 'zod' || spec.startsWith('zod/')) return [file];
    const next = resolve(file, spec);
    if (!next) continue;
    const found = zodPath(next, seen);
    if (found) return [file, ...found];
  }
  return null;
}

const rendererFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return rendererFiles(p);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });

describe('the renderer bundle', () => {
  it('imports no value that drags in zod (types are fine)', () => {
    const offenders = rendererFiles(path.join(root, 'renderer/src'))
      .map((f) => zodPath(f))
      .filter((p): p is string[] => p !== null)
      .map((p) => p.map((f) => path.relative(root, f)).join(' → '));
    expect(offenders).toEqual([]);
  });
});
