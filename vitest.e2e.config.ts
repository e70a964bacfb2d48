import { defineConfig } from 'vitest/config';

// End-to-end tests drive one served build with Debian's chromium; files run one at a time
// because two cores cannot host several browsers and a build at once.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
