import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { aliases } from './aliases.ts';

// Entries are explicit because the project keeps electron/ and renderer/ at the top level
// instead of electron-vite's default src/main, src/preload, src/renderer.
export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/main',
      lib: { entry: resolve('electron/main.ts'), formats: ['es'], fileName: () => 'main.js' },
    },
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module.
      lib: { entry: resolve('electron/preload.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    resolve: { alias: aliases },
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
