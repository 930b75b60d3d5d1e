// Tests are layered by cost: `unit` (no I/O beyond temp files) and `integration` (a real Neo4j
// that the global setup starts in a throwaway folder, or the server named by NEO4J_URI), which also
// runs the browser tests (test/e2e: real Chromium against the real API on that database).
import { defineConfig } from 'vitest/config';

// graphql must be one module instance: Vite would otherwise load its ESM build for our code while
// Apollo Server and graphql-tools get the CommonJS build from Node ("another module or realm").
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.{ts,tsx}', 'seed/test/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['packages/*/test/**/*.int.test.ts', 'apps/*/test/**/*.int.test.ts', 'seed/test/**/*.int.test.ts', 'test/integration/**/*.int.test.ts', 'test/e2e/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['test/integration/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
