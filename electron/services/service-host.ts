import { join } from 'node:path';
import { readMigrations } from '../../db/migrate';
import type { EventName, EventPayload } from '../api/events';
import type { HostKind, ServiceContext } from './context';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatcher';
import { JobRegistry } from './jobs';
import { type Clock, type Platform, systemClock } from './platform';
import { PrefsStore, prefsFileIn } from './prefs';
import { Workspace } from './workspace';

export interface ServiceHostOptions extends DispatcherOptions {
  host: HostKind;
  appVersion: string;
  /** Per-user folder: preferences, the sample province, backups. */
  dataDirectory: string;
  migrationsFolder: string;
  platform: Platform;
  actor: string;
  emit: (event: EventName, payload: unknown) => void;
  clock?: Clock;
}

export interface ServiceHost {
  ctx: ServiceContext;
  dispatch: Dispatch;
  close(): void;
}

/** Builds the services once for a host (Electron, Chromium test host, command line, tests). */
export function createServiceHost(options: ServiceHostOptions): ServiceHost {
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => options.emit(event, payload);
  const ctx: ServiceContext = {
    host: options.host,
    appVersion: options.appVersion,
    dataDirectory: options.dataDirectory,
    sampleFile: join(options.dataDirectory, 'tinh-mau-cds-gdnn.sqlite'),
    workspace: new Workspace(readMigrations(options.migrationsFolder), join(options.dataDirectory, 'backups')),
    prefs: new PrefsStore(prefsFileIn(options.dataDirectory)),
    platform: options.platform,
    clock: options.clock ?? systemClock,
    actor: options.actor,
    emit,
    jobs: new JobRegistry(emit),
  };
  return { ctx, dispatch: createDispatcher(ctx, options), close: () => ctx.workspace.close() };
}
