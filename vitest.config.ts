import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/**/*.test.ts', 'apps/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'e2e/**'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    env: { NODE_ENV: 'test' },
  },
});
