import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

// Where code may run. core/ is pure domain code: no Node, no Electron, no React, no DOM, and
// nothing from the layers above it. host/ and electron/ never reach into the renderer. The
// renderer talks to the host only through window.lawdrill, so it may take types from the
// host's contracts but no code. Layers are named by alias (@core, @host), never by ../../..
const climbing = { group: ['**/core/**', '**/host/**', '**/electron/**', '**/renderer/**'], message: 'Import another layer by its alias (@core/…, @host/…), not by a relative path into it.' };
const node = { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http'], message: 'core/ is pure: no Node modules (file access belongs in host/).' };
const electron = { group: ['electron', 'electron-store', 'conf'], message: 'Electron and stores belong in electron/ and host/.' };
const react = { group: ['react', 'react-dom', 'react-i18next', '@tanstack/*', 'wouter', 'wouter/*'], message: 'UI code belongs in renderer/.' };
const renderer = { group: ['@renderer/*', '**/renderer/*', '**/renderer/**'], message: 'host/ and electron/ must not depend on the renderer.' };
const upper = (layer) => ({ group: [`@${layer}/*`, `**/${layer}/*`, `**/${layer}/**`], message: `core/ must not depend on ${layer}/.` });

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every visible string goes through i18next; only markup/attributes are exempt.
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts', 'core/**/fixtures/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [climbing, node, electron, react, upper('host'), upper('electron'), upper('renderer')] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'process', 'require', '__dirname'],
    },
  },
  {
    files: ['host/**/*.ts', 'electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [climbing, renderer, react] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            climbing,
            node,
            electron,
            { group: ['@host/*', '@host/**'], allowTypeImports: true, message: 'The renderer reaches the host only through window.lawdrill: import types from @host, never code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}'],
    // Tests run in Node, beside the code they check.
    rules: { 'i18next/no-literal-string': 'off', '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['host/web/bridge.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
