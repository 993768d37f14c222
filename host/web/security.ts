import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/** Host names this server answers to. Anything else is a DNS-rebinding attempt. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostAllowed(req: IncomingMessage, port: number): boolean {
  return allowedHosts(port).includes(req.headers.host ?? '');
}

/**
 * An API call must come from the app's own page: same origin (when the browser says one),
 * a JSON body (so a plain cross-site form cannot send it) and the launch token.
 */
export function apiCallAllowed(req: IncomingMessage, port: number, token: string): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((h) => origin === `http://${h}`)) return false;
  if (!isJsonType(req.headers['content-type'])) return false;
  const given = Buffer.from(String(req.headers.authorization ?? ''));
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && crypto.timingSafeEqual(given, wanted);
}

/**
 * `application/json`, in any case, with or without parameters (`; charset=utf-8`) — and not
 * something that merely starts with it (`application/json-seq`, `application/jsonx`).
 */
export function isJsonType(header: string | undefined): boolean {
  return (header ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}
