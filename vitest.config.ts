import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { aliases } from './aliases.ts';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: aliases },
  test: {
    include: ['core/**/*.test.ts', 'host/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // electron-store imports 'electron'; this makes require('electron') return a path instead
    // of downloading the binary (see toolchain notes).
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' },
  },
});
