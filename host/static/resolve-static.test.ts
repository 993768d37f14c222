import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveStatic } from './resolve-static';

const root = path.resolve('/srv/app/renderer');
const inRoot = (...p: string[]) => path.join(root, ...p);

describe('resolveStatic', () => {
  it('maps / (and an empty path) to index.html', () => {
    expect(resolveStatic(root, '/')).toBe(inRoot('index.html'));
    expect(resolveStatic(root, '')).toBe(inRoot('index.html'));
  });

  it('returns files and nested files inside the root, decoding escapes', () => {
    expect(resolveStatic(root, '/assets/index-abc.js')).toBe(inRoot('assets', 'index-abc.js'));
    expect(resolveStatic(root, '/fonts/%E6%B3%95.woff2')).toBe(inRoot('fonts', '法.woff2'));
    expect(resolveStatic(root, '//assets//a.css')).toBe(inRoot('assets', 'a.css'));
    // A name that merely starts with two dots is an ordinary file name.
    expect(resolveStatic(root, '/..hidden.txt')).toBe(inRoot('..hidden.txt'));
  });

  it('accepts a relative root and returns an absolute path', () => {
    const got = resolveStatic('out/renderer', '/index.html');
    expect(got).toBe(path.resolve('out/renderer', 'index.html'));
  });

  it.each([
    ['parent segment', '/../main/main.js'],
    ['parent segment deeper down', '/assets/../../main/main.js'],
    ['dot segment', '/./index.html'],
    ['encoded dots', '/%2e%2e/main/main.js'],
    ['upper-case encoded dots', '/%2E%2E/main/main.js'],
    ['half-encoded dots', '/.%2e/main/main.js'],
    ['encoded slash', '/..%2fmain%2fmain.js'],
    ['encoded slash inside a name', '/assets%2Findex.js'],
    ['encoded absolute path', '/%2Fetc%2Fpasswd'],
    ['backslash', '/..\\main\\main.js'],
    ['encoded backslash', '/..%5cmain%5cmain.js'],
    ['NUL byte', '/index.html%00.png'],
    ['raw NUL byte', '/index.html\0'],
    ['drive letter', '/C:/Windows/win.ini'],
    ['encoded drive letter', '/C%3A%5CWindows%5Cwin.ini'],
    ['malformed escape', '/%E0%A4%A'],
    ['malformed escape (not hex)', '/%zz'],
    ['lone percent', '/100%'],
  ])('refuses %s (%s)', (_name, pathname) => {
    expect(resolveStatic(root, pathname)).toBeNull();
  });

  it('never returns a path outside the root, whatever the pathname', () => {
    const pieces = fc.constantFrom('..', '.', '%2e', '%2E', '%2f', '%5c', '\\', '/', ':', '%00', 'a', 'index.html', '%', 'C:', '%3a');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const got = resolveStatic(root, `/${parts.join('')}`);
        if (got === null) return;
        expect(got.startsWith(root + path.sep)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
