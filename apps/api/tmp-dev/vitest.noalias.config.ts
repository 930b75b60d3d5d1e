import { defineConfig } from 'vitest/config';
export default defineConfig({

  test: { root: '/work/main', include: ['apps/api/test/**/*.int.test.ts'], fileParallelism: false, testTimeout: 120_000, hookTimeout: 300_000 },
});
