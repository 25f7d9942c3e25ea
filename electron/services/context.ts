import type { EventName, EventPayload } from '../api/events';
import type { Author } from './history/mutation-path';
import type { JobRegistry } from './jobs';
import { type Clock, localIsoTimestamp, type Platform } from './platform';
import type { PrefsStore } from './prefs';
import type { Workspace } from './workspace';

export type HostKind = 'electron' | 'chromium' | 'cli';

/** Everything a handler may use. Built once per host; no handler reaches for globals or for Electron. */
export interface ServiceContext {
  host: HostKind;
  appVersion: string;
  dataDirectory: string;
  /** Where the sample province file lives; created on first use. */
  sampleFile: string;
  workspace: Workspace;
  prefs: PrefsStore;
  platform: Platform;
  clock: Clock;
  actor: string;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Long work: progress events and cancellation by job id. */
  jobs: JobRegistry;
}

export function authorOf(ctx: ServiceContext): Author {
  return { actor: ctx.actor, at: localIsoTimestamp(ctx.clock.now()) };
}
