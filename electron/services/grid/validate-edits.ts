import type { CellProblem, CellValue } from '../../api/schemas/grid';
import { type FieldSpec, isBlank, type PublicValue, type RegisterSpec } from './field-spec';

// Judges a batch of cell edits and new rows cell by cell, before anything is written. Each cell is accepted or
// rejected with a reason; an accepted cell is written even when its neighbours are not. A new row is added only
// when every required field of it is accepted (a row without a code or a name cannot exist).

export interface EditBatch {
  edits: { id: number; field: string; value: CellValue }[];
  newRows: Record<string, CellValue>[];
}

export interface Verdicts<Row> {
  /** id → field → accepted value, for rows that exist. */
  updates: Map<number, Record<string, PublicValue>>;
  /** Accepted new rows in request order, with their index in newRows. */
  inserts: { index: number; values: Record<string, PublicValue> }[];
  rejected: CellProblem[];
  /** The rows the edits touch, as they were. */
  current: Map<number, Row>;
}

/** A new row's id in verdicts: its index in newRows as a negative number (-1 for newRows[0]). */
export const newRowId = (index: number) => -(index + 1);

type CellVerdict = { ok: true; value: PublicValue } | { ok: false; problem: Omit<CellProblem, 'id'> };

function judgeCell<Row>(spec: FieldSpec<Row> | undefined, field: string, value: CellValue): CellVerdict {
  if (!spec) return { ok: false, problem: { field, code: 'INVALID', message: `Không có cột "${field}"` } };
  if (spec.readOnly !== undefined || !spec.column) {
    return { ok: false, problem: { field, code: 'READ_ONLY', message: spec.readOnly ?? `Cột ${spec.header} không sửa được ở đây` } };
  }
  if (spec.required && isBlank(value)) return { ok: false, problem: { field, code: 'INVALID', message: `${spec.header} không được để trống` } };
  const parsed = spec.parse ? spec.parse(value) : { ok: true as const, value: value as PublicValue };
  if (!parsed.ok) return { ok: false, problem: { field, code: 'INVALID', message: parsed.reason } };
  if (spec.required && parsed.value === null) return { ok: false, problem: { field, code: 'INVALID', message: `${spec.header} không được để trống` } };
  return { ok: true, value: parsed.value };
}

export function judgeBatch<Row extends { id: number }>(register: RegisterSpec<Row>, batch: EditBatch): Verdicts<Row> {
  const specs = new Map(register.fields.map((spec) => [spec.field, spec]));
  const current = register.load(batch.edits.map((edit) => edit.id));
  const updates = new Map<number, Record<string, PublicValue>>();
  const rejected: CellProblem[] = [];

  // The last edit of a cell wins, as when a person types over a value twice.
  const lastEdit = new Map<string, EditBatch['edits'][number]>();
  for (const edit of batch.edits) lastEdit.set(`${edit.id}\u0000${edit.field}`, edit);

  for (const edit of lastEdit.values()) {
    const row = current.get(edit.id);
    if (!row) {
      rejected.push({ id: edit.id, field: edit.field, code: 'NOT_FOUND', message: `Không tìm thấy dòng #${edit.id}` });
      continue;
    }
    const verdict = judgeCell(specs.get(edit.field), edit.field, edit.value);
    if (!verdict.ok) {
      rejected.push({ id: edit.id, ...verdict.problem });
      continue;
    }
    const locked = register.lockedReason?.(row, edit.field) ?? null;
    if (locked) {
      rejected.push({ id: edit.id, field: edit.field, code: 'LOCKED', message: locked });
      continue;
    }
    const set = updates.get(edit.id) ?? {};
    set[edit.field] = verdict.value;
    updates.set(edit.id, set);
  }

  const inserts: Verdicts<Row>['inserts'] = [];
  batch.newRows.forEach((cells, index) => {
    const id = newRowId(index);
    const values: Record<string, PublicValue> = {};
    let complete = true;
    for (const [field, value] of Object.entries(cells)) {
      const verdict = judgeCell(specs.get(field), field, value);
      if (verdict.ok) values[field] = verdict.value;
      else {
        rejected.push({ id, ...verdict.problem });
        if (specs.get(field)?.required) complete = false;
      }
    }
    for (const spec of register.fields) {
      if (spec.required && !(spec.field in cells)) {
        rejected.push({ id, field: spec.field, code: 'INVALID', message: `Dòng mới thiếu ${spec.header}` });
        complete = false;
      }
    }
    if (complete) inserts.push({ index, values });
  });

  const verdicts = { updates, inserts, rejected, current };
  for (const spec of register.fields) if (spec.uniqueKey) rejectDuplicates(register, spec, verdicts);
  return verdicts;
}

/**
 * Duplicates are found before writing, so a repeated code rejects that one cell and never rolls back the rest.
 * A value held by an existing row wins even when the same batch changes that row's value away: SQLite checks
 * UNIQUE statement by statement, so swapping two codes in one change would fail half-way. Among the batch's own
 * new values the first wins.
 */
function rejectDuplicates<Row extends { id: number }>(register: RegisterSpec<Row>, spec: FieldSpec<Row>, verdicts: Verdicts<Row>) {
  const key = spec.uniqueKey!;
  const candidates: { id: number; value: PublicValue }[] = [];
  for (const [id, set] of verdicts.updates) if (spec.field in set && set[spec.field] !== null) candidates.push({ id, value: set[spec.field]! });
  for (const insert of verdicts.inserts) {
    const value = insert.values[spec.field];
    if (value !== undefined && value !== null) candidates.push({ id: newRowId(insert.index), value });
  }
  if (candidates.length === 0) return;

  const holders = new Map<string, { id: number; existing: boolean }>();
  for (const existing of register.findByUnique?.(spec.field, candidates.map((c) => c.value)) ?? []) {
    holders.set(key(existing.value), { id: existing.id, existing: true });
  }
  for (const candidate of candidates) {
    const k = key(candidate.value);
    const holder = holders.get(k);
    if (holder === undefined || holder.id === candidate.id) {
      holders.set(k, { id: candidate.id, existing: false });
      continue;
    }
    const held = verdicts.current.get(holder.id);
    const other = holder.id < 0 ? `dòng mới ${-holder.id}` : held ? register.describe(held) : `#${holder.id}`;
    verdicts.rejected.push({
      id: candidate.id,
      field: spec.field,
      code: 'INVALID',
      message: holder.existing
        ? `${spec.header} "${candidate.value}" đã có ở ${register.noun} khác`
        : `${spec.header} "${candidate.value}" trùng với ${other} trong cùng thay đổi`,
    });
    if (candidate.id > 0) delete verdicts.updates.get(candidate.id)![spec.field];
    else verdicts.inserts = verdicts.inserts.filter((insert) => newRowId(insert.index) !== candidate.id);
  }
  for (const [id, set] of verdicts.updates) if (Object.keys(set).length === 0) verdicts.updates.delete(id);
}
