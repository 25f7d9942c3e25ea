// drizzle-kit cannot declare STRICT tables; the architecture wants the database to enforce types itself.
// Run after `drizzle-kit generate` (npm run db:generate does): appends STRICT to every CREATE TABLE of the
// newest migration that lacks it. Idempotent; older migrations are never touched (they may have shipped).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../db/migrations/', import.meta.url).pathname;
const journal = JSON.parse(readFileSync(join(dir, 'meta/_journal.json'), 'utf8'));
const newest = journal.entries.at(-1);
if (!newest) process.exit(0);
const file = join(dir, `${newest.tag}.sql`);
const before = readFileSync(file, 'utf8');
const after = before.replace(/(CREATE TABLE [^;]*?\n\))(;|\n--> statement-breakpoint)/g, (m, body, end) =>
  body.endsWith('STRICT') ? m : `${body} STRICT${end}`,
);
writeFileSync(file, after);
console.log(`${newest.tag}: ${(after.match(/\) STRICT/g) ?? []).length} STRICT tables`);
