import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    // The end-to-end suite runs dist/index.js as the runner does; bundle it from the current source first.
    globalSetup: ['__tests__/e2e/global-setup.ts'],
  },
});
