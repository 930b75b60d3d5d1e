import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { root: '/work/main', include: [process.env.ONLY ?? 'packages/local-neo4j/test/**/*.int.test.ts'], testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false, globalSetup: process.env.GS ? [process.env.GS] : [] } });
