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
