import { writeFileAtomically } from './export/write-atomically';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const prefsSchema = z.object({
  language: z.enum(['vi', 'en']).default('vi'),
  recentFiles: z
    .array(z.object({ id: z.string(), path: z.string(), provinceName: z.string(), openedAt: z.string() }))
    .default([]),
  windowBounds: z
    .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number(), maximized: z.boolean() })
    .nullable()
    .default(null),
  /** Column mappings of imports, remembered per importer and header set: field → column header. */
  importMappings: z.record(z.string(), z.record(z.string(), z.string())).default({}),
});
export type Prefs = z.infer<typeof prefsSchema>;

const MAX_RECENT = 10;

/**
 * The user's preferences (language, recent files, window bounds): a small JSON file beside the data directory,
 * not in any data file, because they belong to the PC, not to the province. A damaged file falls back to defaults.
 */
export class PrefsStore {
  private prefs: Prefs;
  constructor(private readonly file: string) {
    this.prefs = PrefsStore.read(file);
  }

  private static read(file: string): Prefs {
    try {
      if (existsSync(file)) return prefsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // A half-written or hand-edited prefs file must never stop the app from starting.
    }
    return prefsSchema.parse({});
  }

  get(): Prefs {
    return this.prefs;
  }

  update(patch: Partial<Prefs>): Prefs {
    this.prefs = { ...this.prefs, ...patch };
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileAtomically(this.file, JSON.stringify(this.prefs, null, 2));
    return this.prefs;
  }

  rememberFile(path: string, provinceName: string, openedAt: string): void {
    const absolute = resolve(path);
    const existing = this.prefs.recentFiles.find((f) => f.path === absolute);
    const entry = { id: existing?.id ?? randomUUID(), path: absolute, provinceName, openedAt };
    this.update({ recentFiles: [entry, ...this.prefs.recentFiles.filter((f) => f.path !== absolute)].slice(0, MAX_RECENT) });
  }

  importMapping(key: string): Record<string, string> | undefined {
    return this.prefs.importMappings[key];
  }

  rememberImportMapping(key: string, mapping: Record<string, string>): void {
    this.update({ importMappings: { ...this.prefs.importMappings, [key]: mapping } });
  }

  forgetFile(id: string): void {
    this.update({ recentFiles: this.prefs.recentFiles.filter((f) => f.id !== id) });
  }
}

export const prefsFileIn = (dataDirectory: string) => join(dataDirectory, 'preferences.json');
