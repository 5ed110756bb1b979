import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const impure = [
  'react',
  'react-dom',
  'dexie',
  'dexie-react-hooks',
  'electron',
  'zustand',
  '@xyflow/react',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'test-results',
      'playwright-report',
      'tests/bench/.profile',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the host only through shared/host.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // ui/ holds primitives that know no data: the database, the features and the app shell
    // import them, never the other way round. (Repeats the electron rule: a later block's
    // no-restricted-imports replaces the earlier one for these files.)
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the host only through shared/host.ts.',
            },
            {
              group: ['**/db/**', '**/features/**', '**/shell/**'],
              message: 'ui/ holds primitives that know no data; move this to shell/ or a feature.',
            },
          ],
        },
      ],
    },
  },
  {
    // shared/ is pure: no UI, storage, shell or DOM. Both processes import it.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: impure.map((name) => ({ name, message: 'shared/ must stay pure.' })),
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ imports nothing of ours.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
      ],
    },
  },
);
