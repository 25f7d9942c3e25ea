import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The CLI keeps its own preferences and backups, apart from the desktop app's, so scripting never rewrites the
 * user's recent-files list or races the running app for its preferences file.
 */
export function defaultDataDirectory(): string {
  if (process.env.GDNN_DATA_DIR) return process.env.GDNN_DATA_DIR;
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'gdnn-dx-planner', 'cli');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'gdnn-dx-planner', 'cli');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'gdnn-dx-planner', 'cli');
}
