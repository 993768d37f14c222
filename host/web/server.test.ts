import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebServer } from './server';
import { CHANNELS } from '../domains/channels';
import { hostDirs, openTestHost } from '../test-support/host';
import { tempDir } from '../test-support/temp';

const TOKEN = 'test-token-123';
let server: http.Server;
let port: number;

beforeEach(async () => {
  const root = tempDir('lawdrill-web-');
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer'); // what a traversal would reach
  ({ server, port } = await startWebServer({ dispatch: openTestHost(hostDirs()).dispatch, rendererDir, token: TOKEN, port: 0 }));
});

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface Reply {
  status: number;
  type: string;
  body: string;
}

function request(p: string, o: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${port}`, ...o.headers };
    const req = http.request({ host: '127.0.0.1', port, path: p, method: o.method ?? 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

const api = (channel: string, body = '{}', headers: Record<string, string> = {}) =>
  request(`/api/${channel}`, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers } });

describe('web server: static files', () => {
  it('serves index.html with the bridge script added to <head>', async () => {
    const r = await request('/');
    expect(r.status).toBe(200);
    expect(r.type).toContain('text/html');
    expect(r.body).toMatch(/<head>\s*<script src="\/lawdrill-bridge.js"><\/script>\s*<title>/);
  });

  it('serves the bridge with the channel list filled in', async () => {
    const r = await request('/lawdrill-bridge.js');
    expect(r.status).toBe(200);
    expect(r.type).toContain('text/javascript');
    for (const c of CHANNELS) expect(r.body).toContain(`"${c}"`);
    expect(r.body).not.toContain('/*CHANNELS*/ []');
  });

  it('serves other renderer files with their type', async () => {
    expect(await request('/assets/app.js')).toMatchObject({ status: 200, type: expect.stringContaining('javascript'), body: 'console.log(1)' });
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/missing.js', '/assets'])(
    'answers %s with 404',
    async (p) => {
      const r = await request(p);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('outside the renderer');
    },
  );

  it('refuses a foreign Host header (DNS rebinding) with 421', async () => {
    expect((await request('/', { headers: { host: `evil.example:${port}` } })).status).toBe(421);
    expect((await api('app.bootstrap', '{}', { host: `127.0.0.1:${port + 1}` })).status).toBe(421);
    expect((await request('/', { headers: { host: `localhost:${port}` } })).status).toBe(200);
  });
});

describe('web server: API', () => {
  it('answers a good call with 200 and the envelope', async () => {
    const r = await api('app.bootstrap');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { settings: expect.objectContaining({ language: 'en', fontSize: 'normal', theme: 'system' }), firstRun: true, readOnly: false, notices: [] } });
    expect(JSON.parse((await api('app.bootstrap', '', { origin: `http://localhost:${port}` })).body)).toMatchObject({ ok: true });
  });

  it.each([
    ['no token', { authorization: '' }],
    ['a wrong token', { authorization: 'Bearer test-token-124' }],
    ['another site as Origin', { origin: 'http://evil.example' }],
    ['a null Origin', { origin: 'null' }],
    ['a text/plain body', { 'content-type': 'text/plain' }],
    ['a type that only starts like JSON', { 'content-type': 'application/json-seq' }],
    ['a type with JSON as a suffix', { 'content-type': 'application/jsonx; charset=utf-8' }],
  ])('refuses a call with %s with 403 ipc.forbidden', async (_, headers) => {
    const r = await api('app.bootstrap', '{}', headers);
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'ipc.forbidden' } });
  });

  it.each(['application/json', 'Application/JSON', 'application/json; charset=utf-8', ' application/json ;charset=UTF-8'])(
    'accepts the content type %s',
    async (type) => {
      expect((await api('app.bootstrap', '{}', { 'content-type': type })).status).toBe(200);
    },
  );

  it('answers a body that is not JSON with 400', async () => {
    const r = await api('app.bootstrap', '{nope');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
  });

  it('passes dispatch errors through in a 200 envelope', async () => {
    expect(JSON.parse((await api('fs.read')).body)).toMatchObject({ ok: false, error: { code: 'ipc.unknown-channel' } });
    expect(JSON.parse((await api('practice.open', '{"scope":{"kind":"bank","bankId":"nope"}}')).body)).toMatchObject({ ok: false, error: { code: 'bank.not-found' } });
  });

  it('allows only POST on the API and only GET/HEAD elsewhere', async () => {
    expect((await request('/api/app.bootstrap')).status).toBe(405);
    expect((await request('/', { method: 'DELETE' })).status).toBe(405);
  });

  it('answers malformed escapes without failing and keeps serving', async () => {
    expect((await request('/%E0')).status).toBe(404);
    expect((await api('%E0')).status).toBe(400);
    expect((await request('/')).status).toBe(200);
  });
});
