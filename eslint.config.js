// Lint rules, including the module boundaries of the monorepo (see README, "Architecture").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const internal = '@touchstone';
const noDeepImports = {
  group: [`${internal}/*/src/*`, `${internal}/*/src`, '**/packages/*/src/*', '**/apps/**'],
  message: 'Import another package through its front door (its package name), never its src/ or an app.',
};
const apps = [`${internal}/api`, `${internal}/cli`, `${internal}/web`];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.touchstone/**', 'seed/out/**', 'bench/out/**', '**/target/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: apps.map((name) => ({ name, message: 'Nothing imports an app.' })), patterns: [noDeepImports] }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
    },
  },
  {
    // The domain model stands alone: no database, no other internal package.
    files: ['packages/domain/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noDeepImports, { group: [`${internal}/*`, 'neo4j-driver'], message: 'domain imports nothing internal and no database driver.' }] }],
    },
  },
  {
    // The browser speaks GraphQL only.
    files: ['apps/web/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: apps.map((name) => ({ name, message: 'Nothing imports an app.' })),
        patterns: [noDeepImports, { group: ['neo4j-driver', `${internal}/neo4j`, `${internal}/cypher`, `${internal}/importer`, `${internal}/local-neo4j`], message: 'The web app talks to the API over GraphQL only.' }],
      }],
    },
  },
  {
    // Tool configuration files are the one place default exports are expected.
    files: ['**/*.config.{js,ts}', '**/vite.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
