/** The privileged scheme the renderer is served from; nothing else may call the host. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://lawdrill`;
