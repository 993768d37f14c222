import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { CHANNELS } from '../domains/contract';
import type { Dispatch } from '@core/ipc/dispatch';
import type { Envelope } from '@core/ipc/envelope';
import { CONTENT_SECURITY_POLICY } from '../static/csp';
import { resolveStatic } from '../static/resolve-static';
import { apiCallAllowed, hostAllowed } from './security';

const MAX_BODY = 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const BRIDGE_PATH = '/lawdrill-bridge.js';
const bridgeSource = fs
  .readFileSync(fileURLToPath(new URL('./bridge.js', import.meta.url)), 'utf8')
  .replace('/*CHANNELS*/ []', JSON.stringify(CHANNELS));

export interface WebServerOptions {
  dispatch: Dispatch;
  rendererDir: string;
  token: string;
  port: number;
}

/** Serves the built renderer and the handler map on 127.0.0.1 only. */
export async function startWebServer(o: WebServerOptions): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch {
      // A malformed URL (e.g. a bad %-escape) from any local page must not bring the app down.
      if (!res.headersSent) send(res, 400, 'text/plain', 'Bad request');
    }
  });
  const route = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const port = (server.address() as AddressInfo).port;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    if (!hostAllowed(req, port)) return send(res, 421, 'text/plain', 'Misdirected request');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (!apiCallAllowed(req, port, o.token)) return sendJson(res, 403, { ok: false, error: { code: 'ipc.forbidden', message: 'not this app' } });
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      return void handleApi(req, res, o.dispatch, channel).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'request failed' } });
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    if (url.pathname === BRIDGE_PATH) return send(res, 200, TYPES['.js']!, bridgeSource);
    serveStatic(res, o.rendererDir, url.pathname);
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, '127.0.0.1', () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, dispatch: Dispatch, channel: string) {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return sendJson(res, 413, { ok: false, error: { code: 'ipc.bad-request', message: 'request too large' } });
    chunks.push(chunk as Buffer);
  }
  let arg: unknown;
  try {
    arg = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    return sendJson(res, 400, { ok: false, error: { code: 'ipc.bad-request', message: 'body is not JSON' } });
  }
  sendJson(res, 200, await dispatch(channel, arg));
}

function serveStatic(res: http.ServerResponse, root: string, rawPathname: string) {
  // The same guard as Electron's app:// handler: nothing outside the renderer folder.
  const file = resolveStatic(root, rawPathname);
  if (file === null || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'text/plain', 'Not found');
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  if (file === path.join(path.resolve(root), 'index.html')) {
    // The renderer does not know its host: the bridge is added here, before the app script.
    const html = fs.readFileSync(file, 'utf8').replace('<head>', `<head>\n    <script src="${BRIDGE_PATH}"></script>`);
    return send(res, 200, type, html);
  }
  send(res, 200, type, fs.readFileSync(file));
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
