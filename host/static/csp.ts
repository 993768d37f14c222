/**
 * The Content-Security-Policy of the app's pages, one value for both shells: the Electron
 * app:// handler and the web host send it as a header with every static file. The page
 * loads only its own bundled scripts, styles, fonts and images, and is never framed.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
