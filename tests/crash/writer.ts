// The child of crash-safety.test.ts: writes to a real data file through the services, in a loop, until it is
// killed. After each commit returns it prints what it wrote (see protocol.ts).
// Usage: writer.ts <file> <data dir> <seed> <migrations folder> (run bundled: the test builds it with esbuild).
import { JobRegistry } from '../../electron/services/jobs';
import { join } from 'node:path';
import { readMigrations } from '../../db/migrate';
import type { AuditedTableName } from '../../electron/api/schemas/history';
import { historyHandlers } from '../../electron/services/areas/history';
import { profileHandlers } from '../../electron/services/areas/profile';
import { backupBeforeImport } from '../../electron/services/backups';
import { authorOf, type ServiceContext } from '../../electron/services/context';
import { columnsOf } from '../../electron/services/history/audited-tables';
import type { Change } from '../../electron/services/history/change';
import { applyChanges } from '../../electron/services/history/mutation-path';
import { type Platform, systemClock } from '../../electron/services/platform';
import { PrefsStore, prefsFileIn } from '../../electron/services/prefs';
import { createRandom } from '../../electron/services/sample/random';
import { Workspace } from '../../electron/services/workspace';
import { openSubmission } from '../../electron/services/submission/record';
import { type Ack, checksum, type Item, labelWithCount, type Message } from './protocol';

const [file, dataDirectory, seedText, migrationsFolder] = process.argv.slice(2);
if (!file || !dataDirectory || !seedText || !migrationsFolder) throw new Error('usage: writer.ts <file> <data dir> <seed> <migrations folder>');
const seed = Number(seedText);
const random = createRandom(seed);
const tag = seed.toString(36);

// The services' own context, built by hand rather than by createServiceHost: the full handler registry would add a
// third of a second to every one of the writer's many starts, and the writer needs only the profile and history
// handlers besides the mutation path. It never asks the platform for anything: every dialog answers "cancelled".
const ctx: ServiceContext = {
  host: 'cli',
  appVersion: 'crash-test',
  dataDirectory,
  sampleFile: join(dataDirectory, 'unused.sqlite'),
  workspace: new Workspace(readMigrations(migrationsFolder), join(dataDirectory, 'backups')),
  prefs: new PrefsStore(prefsFileIn(dataDirectory)),
  platform: new Proxy({}, { get: () => async () => null }) as Platform,
  clock: systemClock,
  actor: 'crash-writer',
  emit: () => undefined,
  jobs: new JobRegistry(() => undefined),
};
ctx.workspace.open(file);
const { sqlite } = ctx.workspace.require();

const print = (message: Message) => process.stdout.write(`${JSON.stringify(message)}\n`);
const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
const maxId = (table: string) => one<{ m: number | null }>(`SELECT max(id) AS m FROM "${table}"`).m ?? 0;

const indicatorIds = (sqlite.prepare('SELECT id FROM indicator_values ORDER BY id').all() as { id: number }[]).map((r) => r.id);
const baseInstitutions = (sqlite.prepare("SELECT id FROM institutions WHERE code NOT LIKE 'CR-%' ORDER BY id").all() as { id: number }[]).map((r) => r.id);
const typeIds = (sqlite.prepare('SELECT id FROM institution_types').all() as { id: number }[]).map((r) => r.id);
const ownershipIds = (sqlite.prepare('SELECT id FROM ownership_kinds').all() as { id: number }[]).map((r) => r.id);

/** Columns filled by a default when an insert leaves them out: their audit rows are part of what an insert writes. */
function defaultedColumns(table: string, given: Set<string>): number {
  const columns = sqlite.prepare('SELECT name, dflt_value FROM pragma_table_info(?)').all(table) as { name: string; dflt_value: string | null }[];
  return columns.filter((c) => !given.has(c.name) && c.dflt_value !== null && c.dflt_value.toUpperCase() !== 'NULL').length;
}

/** An insert with every given value non-null, and its items (SQL column names) and audit row count. */
function insert(table: AuditedTableName, values: Record<string, string | number>): { change: Change; items: Item[]; n: number } {
  const columns = columnsOf(table);
  const items: Item[] = Object.entries(values).map(([key, value]) => [table, values.id as number, columns.get(key)!.sqlName, value]);
  const n = items.length + defaultedColumns(table, new Set(items.map((i) => i[2])));
  return { change: { op: 'insert', table, values } as Change, items, n };
}

let sequence = 0;

/** A 1,000-cell paste: one change set updating 1,000 indicator values, each to a value it did not have. */
function paste(): Ack {
  const ids = random.shuffle(indicatorIds).slice(0, 1000);
  const current = new Map((sqlite.prepare('SELECT id, value FROM indicator_values').all() as { id: number; value: number | null }[]).map((r) => [r.id, r.value]));
  const items: Item[] = ids.map((id) => ['indicator_values', id, 'value', Math.round(current.get(id) ?? 0) + random.int(1, 1000)]);
  const changes = items.map(([, id, , value]) => ({ op: 'update', table: 'indicator_values', id, set: { value } }) as Change);
  const result = applyChanges(sqlite, authorOf(ctx), { action: 'crash.paste', label: labelWithCount('Dán ô', items.length), changes });
  return { ack: result.changeSetId!, op: 'paste', n: items.length, sum: checksum(items), items };
}

/** An import-like change set: new institutions with their governance, an event linking them, edits of others. */
function importLike(): Ack {
  if (random.chance(0.3)) backupBeforeImport(ctx, 'crash-test');
  sequence += 1;
  const parts: { change: Change; items: Item[]; n: number }[] = [];
  let institution = maxId('institutions');
  let governance = maxId('institution_governance');
  const added: number[] = [];
  const count = random.int(3, 12);
  for (let i = 0; i < count; i += 1) {
    institution += 1;
    added.push(institution);
    parts.push(
      insert('institutions', {
        id: institution,
        code: `CR-${institution}`,
        name: `Trường thử nghiệm ${tag} ${sequence}.${i}`,
        typeId: random.pick(typeIds),
        ownershipId: random.pick(ownershipIds),
        commune: 'Xã Thử',
        address: `${i} Đường Thử`,
        status: 'active',
        foundedYear: random.int(1990, 2024),
        teachers: random.int(5, 200),
        managers: random.int(1, 20),
        learners: random.int(50, 5000),
        contact: '0900000000',
        notes: 'nhập thử',
        originProvince: 'Tỉnh Cũ',
      }),
    );
    governance += 1;
    parts.push(insert('institution_governance', { id: governance, institutionId: institution, governingBody: 'Sở Thử', validFrom: '2025-07-01' }));
  }
  const event = maxId('institution_events') + 1;
  const link = maxId('institution_event_links');
  parts.push(insert('institution_events', { id: event, kind: 'merge', occurredOn: '2026-01-01', note: `hợp nhất ${tag}-${sequence}` }));
  parts.push(insert('institution_event_links', { id: link + 1, eventId: event, institutionId: added[0]!, role: 'source' }));
  parts.push(insert('institution_event_links', { id: link + 2, eventId: event, institutionId: added[1]!, role: 'result' }));
  for (const id of random.shuffle(baseInstitutions).slice(0, 8)) {
    const { teachers } = one<{ teachers: number | null }>('SELECT teachers FROM institutions WHERE id = ?', id);
    const value = (teachers ?? 0) + random.int(1, 9);
    parts.push({ change: { op: 'update', table: 'institutions', id, set: { teachers: value } }, items: [['institutions', id, 'teachers', value]], n: 1 });
  }
  const items = parts.flatMap((p) => p.items);
  const n = parts.reduce((sum, p) => sum + p.n, 0);
  const result = applyChanges(sqlite, authorOf(ctx), { action: 'crash.import', label: labelWithCount('Nhập thử', n), changes: parts.map((p) => p.change) });
  return { ack: result.changeSetId!, op: 'import', n, sum: checksum(items), items };
}

const newestSet = () => one<{ m: number }>('SELECT max(id) AS m FROM change_sets').m;

async function profile(): Promise<Ack> {
  sequence += 1;
  const signer = `Người ký ${tag}-${sequence}`;
  const code = `${sequence}/${tag}`;
  // Awaited: the acknowledgement must follow the commit even if the handler becomes asynchronous.
  await profileHandlers['profile.update']({ patch: { signerName: signer, documentCode: code } }, ctx);
  const items: Item[] = [
    ['province_profile', 1, 'signer_name', signer],
    ['province_profile', 1, 'document_code', code],
  ];
  return { ack: newestSet(), op: 'profile', n: 2, sum: checksum(items), items };
}

async function replay(op: 'undo' | 'redo'): Promise<Ack | null> {
  const target = one<{ id: number } | undefined>(
    op === 'undo'
      ? "SELECT id FROM change_sets WHERE kind = 'do' AND state = 'applied' ORDER BY id DESC LIMIT 1"
      : "SELECT id FROM change_sets WHERE kind = 'do' AND state = 'undone' ORDER BY id ASC LIMIT 1",
  );
  if (!target) return null;
  await historyHandlers[op === 'undo' ? 'history.undo' : 'history.redo']({}, ctx);
  return { ack: newestSet(), op, target: target.id };
}

// The year exported: its submission record is created by the first writer (one transaction, final: never undone).
const EXPORT_YEAR = 2025;
const exportFolder = join(dataDirectory, 'exports');
openSubmission(sqlite, authorOf(ctx), EXPORT_YEAR, ctx.appVersion);

async function exportSubmission(): Promise<Message> {
  const { exportOnce } = await import('./export-op');
  return exportOnce(ctx, EXPORT_YEAR, exportFolder, print);
}

print({ ready: true });
for (;;) {
  const op = random.weighted([
    ['paste', 4],
    ['import', 2],
    ['profile', 2],
    ['undo', 2],
    ['export', 1],
    ['redo', 1],
  ] as const);
  const ack =
    op === 'paste' ? paste() : op === 'import' ? importLike() : op === 'profile' ? await profile() : op === 'export' ? await exportSubmission() : await replay(op);
  if (ack) print(ack);
}
