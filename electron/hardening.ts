import { app, session } from 'electron';

/**
 * Process-wide refusals: the app needs no camera, notifications or other permission, and
 * never embeds a <webview> (which could run with weaker settings than its window).
 */
export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
}
