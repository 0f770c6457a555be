// @ts-check
/**
 * `npm run lint`: a small, type-aware typescript-eslint setup (see docs/testing.md). It checks only
 * what the type checker cannot: promises that are dropped or passed where nothing awaits them,
 * switches that miss a case of a union, explicit `any`, type assertions that change nothing,
 * imports that cross from one app's folder into another's, malformed `expect` calls in tests and
 * the rules of hooks in the web app. Style is not its business.
 */
import path from 'node:path';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import jest from 'eslint-plugin-jest';
import reactHooks from 'eslint-plugin-react-hooks';

const root = import.meta.dirname;

/**
 * Apps meet only through libs (libs/contracts above all): a file under apps/X must not import
 * anything under apps/Y, and libs must not import apps. Checked on the resolved path of every
 * relative import, so an app's own folders named after another service (apps/gateway/src/antennas)
 * stay allowed. The integration tests under apps/X/test are exempt (see the config below).
 */
const appBoundaries = {
  meta: { type: 'problem', schema: [], messages: { crossApp: "{{from}} must not import from {{to}}: apps meet only through libs/ (libs/contracts)." } },
  create(context) {
    const file = path.relative(root, context.filename).split(path.sep);
    const own = file[0] === 'apps' ? `apps/${file[1]}` : file[0]; // libs as a whole may import no app
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source.value)).split(path.sep);
      if (target[0] !== 'apps' || `apps/${target[1]}` === own) return;
      context.report({ node: source, messageId: 'crossApp', data: { from: own, to: `apps/${target[1]}` } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default defineConfig([
  { ignores: ['**/node_modules/**', 'dist/**', 'apps/web/src/gql/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      parser: tseslint.parser,
      // each file is checked with the nearest tsconfig.json: apps/web's for the web app, the root's for the rest
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    plugins: { '@typescript-eslint': tseslint.plugin, prossimo: { rules: { 'app-boundaries': appBoundaries } } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    // scripts/, bench/ and test/ put the whole system together, so they may import every app; the
    // integration tests under apps/X/test boot the services they talk to in-process in the same way
    files: ['apps/**', 'libs/**'],
    ignores: ['apps/*/test/**'],
    rules: { 'prossimo/app-boundaries': 'error' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.test.ts', '**/*.test.tsx', 'test/**', 'apps/*/test/**', 'libs/*/test/**'],
    plugins: { jest },
    rules: { 'jest/valid-expect': 'error' },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
]);
