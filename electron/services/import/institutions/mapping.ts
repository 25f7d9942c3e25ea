import { createHash } from 'node:crypto';
import type { ImportField, ImportMapping } from '../../../api/schemas/institution-import';
import { headerKey, type SheetColumn } from '../header';
import { FIELD_KEYS, FIELDS } from './fields';

interface Candidate {
  field: ImportField;
  column: number;
  /** Exact matches outrank "contains"; longer synonyms outrank shorter ones. */
  rank: number;
}

/** The best field for one column: its lower header first (the specific one), then the combined and the upper one. */
function candidatesFor(column: SheetColumn): Candidate[] {
  const keys = [...column.parts].reverse().map(headerKey);
  if (column.parts.length > 1) keys.splice(1, 0, headerKey(column.header));
  const out: Candidate[] = [];
  for (const field of FIELD_KEYS) {
    let rank = 0;
    keys.forEach((key, position) => {
      if (!key) return;
      for (const synonym of FIELDS[field].synonyms) {
        // Later parts (the broader group header) weigh a little less than the column's own header.
        if (key === synonym) rank = Math.max(rank, 2000 - position * 100 + synonym.length);
        else if (synonym.includes(' ') && ` ${key} `.includes(` ${synonym} `)) rank = Math.max(rank, 1000 - position * 100 + synonym.length);
      }
    });
    if (rank > 0) out.push({ field, column: column.index, rank });
  }
  return out;
}

/** Each field to at most one column and each column to at most one field, best matches first. */
export function matchHeaders(columns: SheetColumn[], taken: ImportMapping = {}): ImportMapping {
  const mapping: ImportMapping = { ...taken };
  const usedColumns = new Set(Object.values(taken));
  const candidates = columns.flatMap(candidatesFor).sort((a, b) => b.rank - a.rank || a.column - b.column);
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || usedColumns.has(c.column)) continue;
    mapping[c.field] = c.column;
    usedColumns.add(c.column);
  }
  return mapping;
}

export const recogniseHeaders = (columns: SheetColumn[]) => Object.keys(matchHeaders(columns)).length;

/** Remembered mappings are keyed by the header set, so the same template next year maps itself. */
export function mappingKey(columns: SheetColumn[]): string {
  // Headers only: a column without one, filled in one file and empty in the next, must not change the key.
  const headers = columns.filter((c) => c.header !== '').map((c) => `${c.index}:${headerKey(c.header)}`).join('|');
  return `institutions:${createHash('sha256').update(headers).digest('hex').slice(0, 16)}`;
}

export type MappingSource = 'remembered' | 'headers' | 'none';

export function suggestMapping(columns: SheetColumn[], remembered: Record<string, string> | undefined): { mapping: ImportMapping; source: MappingSource } {
  const fromMemory: ImportMapping = {};
  if (remembered) {
    for (const [field, key] of Object.entries(remembered)) {
      const column = columns.find((c) => headerKey(c.header) === key);
      if (column && (FIELD_KEYS as string[]).includes(field)) fromMemory[field as ImportField] = column.index;
    }
  }
  const mapping = matchHeaders(columns, fromMemory);
  const source: MappingSource = Object.keys(fromMemory).length ? 'remembered' : Object.keys(mapping).length ? 'headers' : 'none';
  return { mapping, source };
}

/** What prefs keep: field → the folded header of its column. */
export function mappingToRemember(columns: SheetColumn[], mapping: ImportMapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, index] of Object.entries(mapping)) {
    const column = columns.find((c) => c.index === index);
    if (column && column.header) out[field] = headerKey(column.header);
  }
  return out;
}
