import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/**/*.test.ts', 'apps/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'e2e/**'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Test files share each worker's module cache and seeded database templates (test-platform.ts):
    // no test relies on a fresh module state, and importing the server for every file cost minutes.
    isolate: false,
    globalSetup: ['apps/server/src/testing/test-run.global-setup.ts'],
    env: { NODE_ENV: 'test' },
  },
});
