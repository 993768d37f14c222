import path from 'node:path';

/**
 * Characters no served file name holds. A decoded '/' or '\' would smuggle a separator past
 * the segment split (…/..%2f..), ':' makes a Windows drive (C:) or stream name, NUL cuts
 * paths short in native code.
 */
const FORBIDDEN_IN_SEGMENT = /[/\\:\0]/;

/**
 * The file a request for `urlPathname` (the raw, still %-encoded pathname of the URL) asks
 * for under `rootDir`, or null when the request must be refused: a malformed %-escape, a
 * '.' or '..' segment in any spelling, an encoded slash or backslash, a drive letter, a NUL
 * byte, or anything else that would land outside `rootDir`. '/' means index.html.
 *
 * Pure path arithmetic: it does not touch the disk. Callers check that the file exists and
 * is a regular file (a folder or a missing file is their 404), and rootDir holds no
 * symbolic links pointing out of it (a build output does not).
 */
export function resolveStatic(rootDir: string, urlPathname: string): string | null {
  const root = path.resolve(rootDir);
  const segments: string[] = [];
  for (const raw of urlPathname.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed escape such as %E0%A4%A or %zz
    }
    // Empty segments come from the leading slash and from '//': they name nothing.
    if (segment === '') continue;
    if (segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const file = path.resolve(root, ...segments);
  // Belt and braces: whatever the platform makes of the segments, the result stays inside.
  const rel = path.relative(root, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return file;
}
