import { isAbsolute, resolve } from 'node:path';

/**
 * The data file named on a command line (double-click "Open with", a shortcut, or a second launch), as an absolute
 * path, or null. Only a `.sqlite` argument counts: Electron and Chromium put their own switches and the app path in
 * argv, and none of those may be mistaken for a file to open.
 */
export function findDataFileArgument(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (!/\.sqlite$/i.test(arg)) continue;
    return isAbsolute(arg) ? resolve(arg) : resolve(workingDirectory, arg);
  }
  return null;
}
