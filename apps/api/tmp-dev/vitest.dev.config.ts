import { defineConfig } from 'vitest/config';
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: { include: ['apps/api/test/**/*.test.ts', 'packages/auth/test/**/*.test.ts'], exclude: ['**/*.int.test.ts', '**/node_modules/**'], root: '/work/main' },
});
