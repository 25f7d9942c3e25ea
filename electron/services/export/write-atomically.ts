import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes beside the target under a temporary name, then renames: a crash or a full disk never leaves half a file
 * under the name the user chose (a rename within one folder is atomic), and a failed write removes its temporary.
 */
export function writeFileAtomically(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
