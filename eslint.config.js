// Lint: typescript-eslint's strict type-checked rules on the TypeScript, the recommended rules on the
// plain JavaScript; eslint-config-prettier last, so layout is Prettier's alone. Choices: docs/architecture.md.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'coverage/', 'node_modules/', 'bench/data/', 'test-output/', 'fixtures/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.{ts,mts}'],
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `!` after an index the loop has bounded: noUncheckedIndexedAccess makes it the honest spelling.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers are written into messages, line numbers and paths everywhere; other types still need String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // An empty body is how a no-op is said here: a catch that only marks a promise handled, a sink's unused event.
      '@typescript-eslint/no-empty-function': 'off',
      // `(p) => sink.problem(p)` and `beforeAll(() => build())` return nothing either way.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `a?.startsWith(x) || b?.startsWith(y)`: with booleans `??` would mean something else.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { boolean: true } }],
      // Beyond the strict sets: checks this code already passes, or nearly, kept so.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/promise-function-async': ['error', { checkArrowFunctions: false }],
      '@typescript-eslint/prefer-readonly': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // `_` names a place a signature needs and the body does not.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // The program writes to the streams it is handed (STYLE.md: reporters do no I/O of their own).
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  prettier,
);
