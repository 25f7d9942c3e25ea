import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder per test, removed afterwards (unless KEEP_TEST_FILES is set, to look at what a test made). */
export function makeTempDir(prefix = 'gdnn-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => (process.env.KEEP_TEST_FILES ? undefined : rmSync(dir, { recursive: true, force: true })) };
}
