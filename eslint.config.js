// Layering in the manner of VS Code: each layer imports only the layers below it.
// The table below is the single statement of that rule; test/lint/layers.test.ts proves it bites.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Which layer may import which. `features` and `app` may reach `print`, but only through dynamic
 * import() or `import type`: the no-restricted-imports rule below refuses static value imports, so
 * react-pdf never lands in the first bundle.
 */
export const LAYERS = {
  domain: [],
  i18n: [],
  vault: ['domain'],
  store: ['vault', 'domain'],
  print: ['domain', 'store', 'i18n'],
  platform: ['domain', 'contract'],
  ui: ['domain', 'i18n'],
  features: ['store', 'domain', 'ui', 'platform', 'i18n', 'features', 'print'],
  app: ['features', 'store', 'vault', 'domain', 'ui', 'platform', 'i18n', 'app', 'print'],
  contract: [],
  shell: ['contract', 'shell'],
};

const elements = [
  { type: 'domain', pattern: 'renderer/src/domain' },
  { type: 'i18n', pattern: 'renderer/src/i18n' },
  { type: 'vault', pattern: 'renderer/src/vault' },
  { type: 'store', pattern: 'renderer/src/store' },
  { type: 'print', pattern: 'renderer/src/print' },
  { type: 'platform', pattern: 'renderer/src/platform' },
  { type: 'ui', pattern: 'renderer/src/ui' },
  { type: 'features', pattern: 'renderer/src/features' },
  { type: 'app', pattern: 'renderer/src/app' },
  { type: 'app', pattern: 'renderer/src/main.tsx', mode: 'file' },
  // `mode: 'file'` is deprecated in boundaries 7 but is the only way to make one file its own element.
  { type: 'contract', pattern: 'electron/contract.ts', mode: 'file' },
  { type: 'shell', pattern: 'electron' },
];

const policies = Object.entries(LAYERS).map(([from, to]) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: [from, ...to] } } } },
}));

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', '**/dist-*', 'release', 'test/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
    },
    rules: {
      'boundaries/dependencies': [2, { default: 'disallow', policies }],
    },
  },
  {
    // The renderer may know the IPC contract's types, never its code or the rest of the shell.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/electron/*', '!**/electron/contract'], message: 'The renderer never imports the Electron shell.' },
          { group: ['**/electron/contract'], allowTypeImports: true, message: 'Import the IPC contract with `import type` only.' }],
      }],
    },
  },
  {
    // PDF code is heavy: features reach it only through dynamic import().
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['../print', '../print/*', '../../print', '../../print/*', '../../../print', '../../../print/*', '@react-pdf/*'], allowTypeImports: true, message: 'Load printing lazily with import().' },
          { group: ['**/electron/**'], allowTypeImports: true, message: 'The renderer never imports the Electron shell.' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'The shell never imports the renderer.' }] }],
    },
  },
);
