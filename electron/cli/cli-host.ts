import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createServiceHost, type ServiceHost } from '../services/service-host';
import { CliPlatform } from './cli-platform';
import { defaultDataDirectory } from './data-directory';
import type { Io } from './io';

// Resolved from this file, not the working directory, so the CLI works from any folder.
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

/** The OS account name goes into every audit row; some containers have no passwd entry, hence the fallbacks. */
export function actorName(): string {
  try {
    return userInfo().username || 'cli';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'cli';
  }
}

function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export interface CliHostOptions {
  dataDirectory?: string | undefined;
  open?: string | undefined;
  save?: string | undefined;
  /** Print events (history.changed …) to stderr as JSON lines. */
  showEvents?: boolean;
}

export function createCliHost(io: Io, options: CliHostOptions = {}): ServiceHost {
  return createServiceHost({
    host: 'cli',
    appVersion: appVersion(),
    dataDirectory: options.dataDirectory ?? defaultDataDirectory(),
    migrationsFolder: MIGRATIONS_FOLDER,
    platform: new CliPlatform({ open: options.open, save: options.save }, io),
    actor: actorName(),
    emit: (event, payload) => {
      if (options.showEvents) io.err(JSON.stringify({ event, payload }));
    },
  });
}
