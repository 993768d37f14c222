import { fileURLToPath } from 'node:url';

/**
 * Path aliases shared by every build and test tool (tsconfig "paths" says the same for tsc,
 * tsx and Playwright): code names the layer it imports from instead of climbing ../../..
 */
export const aliases = {
  '@core': fileURLToPath(new URL('./core', import.meta.url)),
  '@host': fileURLToPath(new URL('./host', import.meta.url)),
};
