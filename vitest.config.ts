import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // E2E files each drive a Chromium; on a 2-core machine more than two at once only slows every one down.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's 1 s default is shorter than one debounced search + query + redraw takes when two Chromiums and the
    // test runners share two cores (CI failed on exactly that). A poll that never succeeds still fails, only later.
    expect: { poll: { timeout: 10_000 } },
  },
});
