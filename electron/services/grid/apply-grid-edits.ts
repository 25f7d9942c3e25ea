import type { Sqlite } from '../../../db/client';
import type { ApplyEditsResult } from '../../api/schemas/grid';
import { formatNumber } from '../../api/text/format';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import type { PublicValue, RegisterSpec } from './field-spec';
import { type EditBatch, judgeBatch, type Verdicts } from './validate-edits';

export interface GridEditRequest extends EditBatch {
  /** The History view's name for the change; "{n}" becomes the number of cells written. */
  label?: string | undefined;
}

/**
 * Cell edits and new rows of a grid, written through the one mutation path as ONE change set (one undo). Invalid
 * cells are reported and not written; the valid cells of the same request are. A request with nothing valid writes
 * nothing. A constraint the checks did not foresee rolls the whole request back (applyChanges' transaction).
 */
export function applyGridEdits<Row extends { id: number }>(
  sqlite: Sqlite,
  author: Author,
  register: RegisterSpec<Row>,
  request: GridEditRequest,
): ApplyEditsResult {
  const verdicts = judgeBatch(register, request);
  const specs = new Map(register.fields.map((spec) => [spec.field, spec]));
  const stored = (values: Record<string, PublicValue>) => {
    const out: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(values)) {
      const spec = specs.get(field)!;
      out[spec.column!] = spec.toStored ? spec.toStored(value) : value;
    }
    return out;
  };

  const changes: Change[] = [];
  for (const [id, set] of verdicts.updates) changes.push({ op: 'update', table: register.table, id, set: stored(set) } as Change);
  for (const insert of verdicts.inserts) {
    changes.push({ op: 'insert', table: register.table, values: { ...register.insertDefaults, ...stored(insert.values) } } as Change);
  }
  const applied = countCells(verdicts);
  if (changes.length === 0) return { applied: 0, insertedIds: [], rejected: verdicts.rejected, warnings: [], changeSetId: null };

  const result = applyChanges(sqlite, author, {
    action: `${register.table}.applyEdits`,
    label: labelOf(register, verdicts, applied, request.label),
    changes,
  });
  const insertedIds = result.insertedIds;
  return { applied, insertedIds, rejected: verdicts.rejected, warnings: warningsOf(register, verdicts, insertedIds), changeSetId: result.changeSetId };
}

function countCells<Row>(verdicts: Verdicts<Row>): number {
  let cells = 0;
  for (const set of verdicts.updates.values()) cells += Object.keys(set).length;
  for (const insert of verdicts.inserts) cells += Object.keys(insert.values).length;
  return cells;
}

function labelOf<Row extends { id: number }>(register: RegisterSpec<Row>, verdicts: Verdicts<Row>, cells: number, requested?: string): string {
  if (requested) return requested.replace('{n}', formatNumber(cells, 0));
  const added = verdicts.inserts.length;
  const rows = [...verdicts.updates.keys()];
  const edited = cells - verdicts.inserts.reduce((n, insert) => n + Object.keys(insert.values).length, 0);
  const parts: string[] = [];
  if (added) parts.push(`Thêm ${formatNumber(added, 0)} ${register.noun}`);
  if (rows.length === 1) parts.push(`${added ? 'sửa' : 'Sửa'} ${register.noun} ${register.describe(verdicts.current.get(rows[0]!)!)}`);
  else if (rows.length > 1) parts.push(`${added ? 'sửa' : 'Sửa'} ${formatNumber(edited, 0)} ô trong danh sách ${register.noun}`);
  return parts.join(', ');
}

/** Warnings of every field of the rows the request touched, judged on the rows as they are now. */
function warningsOf<Row extends { id: number }>(register: RegisterSpec<Row>, verdicts: Verdicts<Row>, insertedIds: number[]): ApplyEditsResult['warnings'] {
  const ids = [...verdicts.updates.keys(), ...insertedIds];
  const rows = register.load(ids);
  const warnings: ApplyEditsResult['warnings'] = [];
  for (const id of ids) {
    const row = rows.get(id);
    if (!row) continue;
    for (const spec of register.fields) {
      const message = spec.warn?.(row);
      if (message) warnings.push({ id, field: spec.field, message });
    }
  }
  return warnings;
}
