/**
 * The one list of channels. Kept free of imports so the sandboxed preload and the web
 * bridge can be built from it without pulling in schemas.
 */
export const CHANNELS = [
  'app.bootstrap',
  'settings.update',
  'notices.dismiss',
  'banks.list',
  'banks.open',
  'practice.answer',
  'practice.move',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(c: string): c is Channel {
  return (CHANNELS as readonly string[]).includes(c);
}
