import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // E2E files each drive a Chromium; on a 2-core machine more than two at once only slows every one down.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's 1 s default is shorter than one debounced search + query + redraw takes when two Chromiums and the
    // test runners share two cores (CI failed on exactly that). A poll that never succeeds still fails, only later.
    expect: { poll: { timeout: 10_000 } },
    // The E2E files run after the rest, not beside the fuzz, crash and CLI files: those keep both cores busy for
    // minutes, and a page that waits on a starved Chromium tests the machine rather than the app.
    projects: [
      { extends: true, test: { name: 'services', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
