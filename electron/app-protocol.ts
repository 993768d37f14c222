import fs from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { net } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@host/static/csp';
import { resolveStatic } from '@host/static/resolve-static';

const notFound = () => new Response('Not found', { status: 404 });

/**
 * The app:// handler: serves the built renderer folder and nothing outside it, every file
 * with the app's CSP (the same one the web host sends).
 */
export function appProtocolHandler(rendererDir: string): (req: Request) => Promise<Response> {
  return async (req) => {
    let pathname: string;
    try {
      pathname = new URL(req.url).pathname;
    } catch {
      return notFound();
    }
    const file = resolveStatic(rendererDir, pathname);
    if (file === null) return notFound();
    try {
      // resolveStatic is path arithmetic only; folders and missing files are 404 here.
      if (!(await fs.stat(file)).isFile()) return notFound();
      const res = await net.fetch(pathToFileURL(file).toString());
      const headers = new Headers(res.headers);
      headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      return new Response(res.body, { status: res.status, headers });
    } catch {
      return notFound();
    }
  };
}
