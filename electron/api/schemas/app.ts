import { z } from 'zod';
import { isoDateTime } from './common';

export const language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof language>;

export const openFile = z.object({
  path: z.string(),
  provinceName: z.string(),
  isSample: z.boolean(),
  schemaVersion: z.number().int(),
  migratedFrom: z.number().int().nullable(),
});
export type OpenFile = z.infer<typeof openFile>;

export const recentFile = z.object({
  id: z.string(),
  path: z.string(),
  provinceName: z.string(),
  openedAt: isoDateTime,
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof recentFile>;

export const appState = z.object({
  language,
  host: z.enum(['electron', 'chromium', 'cli']),
  appVersion: z.string(),
  dataDirectory: z.string(),
  current: openFile.nullable(),
  recentFiles: z.array(recentFile),
});
export type AppState = z.infer<typeof appState>;
