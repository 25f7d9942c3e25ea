// Lint: typescript-eslint's recommended rules plus the architecture's dependency rules (rule 8), and a size warning.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// 'electron' the package is matched by exact name: as a gitignore-style pattern it would also match electron/api.
const restrict = (patterns, message, packages = ['electron']) => ({
  'no-restricted-imports': [
    'error',
    { paths: packages.map((name) => ({ name, message })), patterns: patterns.map((group) => ({ group: [group], message })) },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'db/migrations/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  { files: ['scripts/**', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
  {
    files: ['electron/api/**'],
    rules: restrict(['**/services/**', '**/db/**', '**/renderer/**', 'node:*', 'better-sqlite3', 'drizzle-orm*', 'react*'], 'electron/api is the contract: it imports only zod.'),
  },
  {
    files: ['db/**'],
    rules: restrict(['**/electron/**', '**/renderer/**', 'react*'], 'db never imports electron/* or the renderer.'),
  },
  {
    files: ['electron/services/**', 'electron/cli/**', 'electron/chromium-host/**'],
    rules: restrict(['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'], 'Services and non-Electron hosts never import the electron package or the renderer.'),
  },
  {
    files: ['renderer/**'],
    rules: restrict(
      ['node:*', 'better-sqlite3', 'drizzle-orm*', '**/db/**', '**/electron/services/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/cli/**', '**/electron/chromium-host/**'],
      'The renderer imports only electron/api (client, schemas, types) and UI libraries.',
    ),
  },
);
