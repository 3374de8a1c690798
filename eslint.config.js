// @ts-check
// Lint for the whole tree: ESLint's and typescript-eslint's recommended rules, plus the type-aware rules that catch
// what hurts a NestJS server most (a promise nobody awaits, an async function where a callback must not reject).
// Formatting is Prettier's job (eslint-config-prettier turns the stylistic rules off).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'data/',
      'bench/results/',
      'apps/dashboard/dist/',
      'apps/dashboard/test-results/',
      'apps/dashboard/playwright-report/',
      'apps/dashboard/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // TypeScript checks names itself; ESLint's rule does not know type-only globals.
      'no-undef': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Each lib adds its permissions to platform's registry by declaration merging: `interface PermissionRegistry extends …{}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // It cannot see a value used only in a decorator (`const ClientId = new ParseIdPipe(…)` then `@Param('id', ClientId)`).
      'no-useless-assignment': 'off',
      // A timer declared before the closures that clear it and set after them is not a constant.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
