import type { ImportField, ImportMapping, ImportProblem } from '../../../api/schemas/institution-import';
import { type Cell } from '../grid';
import type { SheetColumn } from '../header';
import { readCount, readDate, readReference, readText, readYear, type Read } from './cell-readers';
import { FIELDS } from './fields';
import type { ReferenceMatcher } from './reference-match';

export type Values = Partial<Record<ImportField, string | number | null>>;

export interface ReadRow {
  values: Values;
  problems: ImportProblem[];
  /** Mapped cells that hold something. */
  filled: number;
}

export interface Readers {
  types: ReferenceMatcher;
  ownerships: ReferenceMatcher;
}

export const columnLabel = (column: SheetColumn | undefined) => (column ? column.header || `Cột ${column.letter}` : null);

export function problem(severity: ImportProblem['severity'], field: ImportField | null, column: SheetColumn | undefined, message: string): ImportProblem {
  return { severity, field, column: columnLabel(column), letter: column?.letter ?? null, message };
}

function readField(field: ImportField, cell: Cell, readers: Readers): Read<string | number> {
  const spec = FIELDS[field];
  switch (spec.kind) {
    case 'code':
    case 'name':
    case 'text':
      return readText(cell, spec);
    case 'type':
      return readReference(cell, readers.types, 'Loại hình');
    case 'ownership':
      return readReference(cell, readers.ownerships, 'Loại hình sở hữu');
    case 'year':
      return readYear(cell);
    case 'count':
      return readCount(cell);
    case 'date':
      return readDate(cell);
  }
}

/** Every mapped cell of one row read into its field, problems named by field and column. */
export function readRow(cells: Cell[], mapping: ImportMapping, columns: Map<number, SheetColumn>, readers: Readers): ReadRow {
  const values: Values = {};
  const problems: ImportProblem[] = [];
  let filled = 0;
  for (const [field, index] of Object.entries(mapping) as [ImportField, number][]) {
    const cell = cells[index - 1] ?? null;
    const read = readField(field, cell, readers);
    if (!read.ok) {
      filled += 1;
      problems.push(problem('error', field, columns.get(index), read.message));
      values[field] = null;
      continue;
    }
    if (read.value !== null) filled += 1;
    values[field] = read.value;
  }
  return { values, problems, filled };
}
