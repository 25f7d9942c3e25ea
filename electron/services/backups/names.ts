import { createHash } from 'node:crypto';
import { basename, extname, resolve } from 'node:path';
import type { BackupReason } from '../../api/schemas/backups';

/**
 * Backup file names: `<stem>-<UTC timestamp>-<reason>-<file tag>.sqlite`, e.g.
 * `tinh-ha-tinh-2026-05-04T03-12-45-123Z-hang-ngay-1f3a9c2d.sqlite`.
 *
 * The name alone says which data file a backup belongs to and why it was made, so the backups folder needs no
 * index or sidecar that could get lost or out of step when someone copies files around. The stem is for people;
 * the tag (8 hex of a hash of the data file's full path) tells apart two files with the same name in different
 * folders. Names from before the tag existed (`<stem>-<timestamp>-truoc-nang-cap-v1.sqlite`) still parse and are
 * matched by stem.
 */

const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z`;
const NAME = new RegExp(String.raw`^(?<stem>.*)-(?<stamp>${STAMP})-(?<rest>[a-z0-9-]+)\.sqlite$`);
const TAG = /-(?<tag>[0-9a-f]{8})$/;

const slugs = { daily: 'hang-ngay', migration: 'truoc-nang-cap', import: 'truoc-nhap', restore: 'truoc-khoi-phuc', other: 'khac' } as const;

export interface ParsedName {
  stem: string;
  createdAt: Date;
  reason: BackupReason;
  note: string | null;
  /** Null for names written before tags existed. */
  tag: string | null;
}

/** Identity of a data file for backup names: its absolute path (case-folded where the file system ignores case). */
export function fileTag(file: string): string {
  const path = resolve(file);
  const normalized = process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path;
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 8);
}

export const stemOf = (file: string) => basename(file, extname(file));

/** ASCII, lower case, dashes: the note travels inside a file name on every file system. */
export function slugify(text: string, max = 40): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

export function backupName(file: string, at: Date, reason: BackupReason, note: string | null): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const detail = note ? slugify(note) : '';
  const slug = reason === 'migration' ? `${slugs.migration}-${detail || 'v0'}` : detail ? `${slugs[reason]}-${detail}` : slugs[reason];
  return `${stemOf(file)}-${stamp}-${slug}-${fileTag(file)}.sqlite`;
}

function reasonOf(slug: string): { reason: BackupReason; note: string | null } {
  if (slug === slugs.daily) return { reason: 'daily', note: null };
  if (slug === slugs.restore) return { reason: 'restore', note: null };
  const migration = /^truoc-nang-cap-(v\d+)$/.exec(slug);
  if (migration) return { reason: 'migration', note: migration[1]! };
  if (slug === slugs.import) return { reason: 'import', note: null };
  if (slug.startsWith(`${slugs.import}-`)) return { reason: 'import', note: slug.slice(slugs.import.length + 1) };
  return { reason: 'other', note: slug };
}

export function parseBackupName(name: string): ParsedName | null {
  const match = NAME.exec(name);
  if (!match?.groups) return null;
  const { stem, stamp, rest } = match.groups as { stem: string; stamp: string; rest: string };
  const [, date, hh, mm, ss, ms] = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp) ?? [];
  const createdAt = new Date(`${date}T${hh}:${mm}:${ss}.${ms}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  const tagged = TAG.exec(rest);
  const slug = tagged ? rest.slice(0, -9) : rest;
  return { stem, createdAt, ...reasonOf(slug), tag: tagged?.groups?.tag ?? null };
}

/** Does a parsed backup name belong to this data file? By tag; untagged (older) names by stem. */
export function belongsTo(parsed: ParsedName, file: string): boolean {
  return parsed.tag !== null ? parsed.tag === fileTag(file) : parsed.stem === stemOf(file);
}
