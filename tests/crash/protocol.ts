import { createHash } from 'node:crypto';

/** One field the writer meant to write: table, row id, SQL column, value (as the audit row's JSON will hold it). */
export type Item = [table: string, rowId: number, field: string, value: string | number];

/**
 * What the writer prints after each commit returned, one JSON object per line. A line is only trusted when it
 * arrived whole (ends in a newline): a kill may cut the last one short.
 */
export type Ack =
  | { ack: number; op: 'paste' | 'import' | 'profile'; n: number; sum: string; items: Item[] }
  | { ack: number; op: 'undo' | 'redo'; target: number };

/** A file of an export: its role, the name it has (or was meant to have) in the folder, its bytes' SHA-256 and size. */
export interface ExportedFile {
  role: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
}

/**
 * Printed by the writer before it places an export's files (pipes to the test are written synchronously, so the
 * line has left before the first file is placed): a file under a final name in the folder must be one of these, or
 * of a recorded export, byte for byte. The names here are the wished-for ones; a taken name gets " (2)" and so on.
 */
export interface ExportIntent {
  intent: 'export';
  files: ExportedFile[];
}

/** Printed after the export's recording transaction returned: the export id and the files as placed. */
export interface ExportAck {
  op: 'export';
  exportId: number;
  snapshotSha256: string;
  files: ExportedFile[];
}

export type Message = Ack | ExportAck | ExportIntent | { ready: true };

/** Order-independent checksum of items; the verifier computes the same from the audit rows it finds. */
export function checksum(items: readonly Item[]): string {
  const lines = items.map(([table, rowId, field, value]) => `${table}|${rowId}|${field}|${JSON.stringify(value)}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

/**
 * The writer labels each of its own change sets with the number of audit rows it means to write ("n=1000"), in
 * the same transaction as the rows: so after any kill, every change set in the file can be checked for being
 * whole, acknowledged or not.
 */
export const labelWithCount = (what: string, n: number) => `${what} n=${n}`;
export const countInLabel = (label: string) => {
  const match = / n=(\d+)$/.exec(label);
  return match ? Number(match[1]) : null;
};
