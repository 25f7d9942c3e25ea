import type { Sqlite } from '../../../db/client';
import { fundingRows, nextId } from '../../../db/queries/projects';
import type { ApplyEditsResult } from '../../api/schemas/grid';
import { formatNumber } from '../../api/text/format';
import type { PublicValue } from '../grid/field-spec';
import { type EditBatch, judgeBatch, newRowId, type Verdicts } from '../grid/validate-edits';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import type { ProjectListRow } from '../../../db/queries/projects';
import { projectWarnings } from './warnings';
import { FUNDING_PREFIX, type ProjectRegister } from './register';

// Project grid edits: the generic grid validation judges each cell, then the project's own columns and its
// funding by source are written as ONE change (one undo). New projects and their funding go in the same change:
// a new project's id is taken before writing (max + 1 inside the transaction) so its funding rows can name it.

type Values = Record<string, PublicValue>;

/** Start after end is judged on the row as it would be, before anything is written; both cells are refused. */
function rejectBadYears(verdicts: Verdicts<ProjectListRow>): void {
  const check = (id: number, values: Values, row?: ProjectListRow) => {
    const start = (values.startYear ?? row?.startYear) as number | undefined;
    const end = (values.endYear ?? row?.endYear) as number | undefined;
    if (start === undefined || end === undefined || start <= end) return true;
    for (const field of ['startYear', 'endYear'] as const) {
      if (field in values) verdicts.rejected.push({ id, field, code: 'INVALID', message: `Năm khởi công ${start} sau năm hoàn thành ${end}` });
    }
    return false;
  };
  for (const [id, set] of verdicts.updates) {
    if (!check(id, set, verdicts.current.get(id))) {
      delete set.startYear;
      delete set.endYear;
      if (Object.keys(set).length === 0) verdicts.updates.delete(id);
    }
  }
  verdicts.inserts = verdicts.inserts.filter((insert) => check(newRowId(insert.index), insert.values));
}

function split(register: ProjectRegister, values: Values) {
  const project: Record<string, unknown> = {};
  const funding = new Map<number, number | null>();
  for (const [field, value] of Object.entries(values)) {
    if (field.startsWith(FUNDING_PREFIX)) {
      const sourceId = register.sourceIds.get(field.slice(FUNDING_PREFIX.length));
      if (sourceId !== undefined) funding.set(sourceId, value as number | null);
      continue;
    }
    const spec = register.fields.find((f) => f.field === field)!;
    project[spec.column!] = spec.toStored ? spec.toStored(value) : value;
  }
  return { project, funding };
}

function fundingChanges(projectId: number, funding: Map<number, number | null>, existing: Map<string, { id: number; amountDong: number }>): Change[] {
  const changes: Change[] = [];
  for (const [sourceId, amount] of funding) {
    const row = existing.get(`${projectId}|${sourceId}`);
    if (row && amount === null) changes.push({ op: 'delete', table: 'project_funding', id: row.id });
    else if (row && amount !== null) changes.push({ op: 'update', table: 'project_funding', id: row.id, set: { amountDong: amount } });
    else if (amount !== null) changes.push({ op: 'insert', table: 'project_funding', values: { projectId, sourceId, amountDong: amount } });
  }
  return changes;
}

const cellCount = (verdicts: Verdicts<ProjectListRow>) =>
  [...verdicts.updates.values()].reduce((n, set) => n + Object.keys(set).length, 0) +
  verdicts.inserts.reduce((n, insert) => n + Object.keys(insert.values).length, 0);

function labelOf(verdicts: Verdicts<ProjectListRow>, cells: number, requested?: string): string {
  if (requested) return requested.replace('{n}', formatNumber(cells, 0));
  const parts: string[] = [];
  if (verdicts.inserts.length) parts.push(`Thêm ${formatNumber(verdicts.inserts.length, 0)} dự án`);
  const ids = [...verdicts.updates.keys()];
  if (ids.length === 1) parts.push(`${parts.length ? 'sửa' : 'Sửa'} dự án ${verdicts.current.get(ids[0]!)?.code ?? ids[0]}`);
  else if (ids.length > 1) parts.push(`${parts.length ? 'sửa' : 'Sửa'} ${formatNumber(ids.length, 0)} dự án`);
  return parts.join(', ');
}

export function applyProjectEdits(
  sqlite: Sqlite,
  author: Author,
  register: ProjectRegister,
  request: EditBatch & { label?: string | undefined },
  today: string,
): ApplyEditsResult {
  const verdicts = judgeBatch(register, request);
  rejectBadYears(verdicts);
  const applied = cellCount(verdicts);
  if (verdicts.updates.size === 0 && verdicts.inserts.length === 0) {
    return { applied: 0, insertedIds: [], rejected: verdicts.rejected, warnings: [], changeSetId: null };
  }
  const write = sqlite.transaction(() => {
    const existing = fundingRows(sqlite, [...verdicts.updates.keys()]);
    const changes: Change[] = [];
    for (const [id, set] of verdicts.updates) {
      const { project, funding } = split(register, set);
      if (Object.keys(project).length) changes.push({ op: 'update', table: 'projects', id, set: project });
      changes.push(...fundingChanges(id, funding, existing));
    }
    const newIds: number[] = [];
    let id = nextId(sqlite, 'projects');
    for (const insert of verdicts.inserts) {
      const { project, funding } = split(register, insert.values);
      changes.push({ op: 'insert', table: 'projects', values: { ...register.insertDefaults, ...project, id } as never });
      changes.push(...fundingChanges(id, funding, new Map()));
      newIds.push(id);
      id += 1;
    }
    const result = applyChanges(sqlite, author, { action: 'projects.applyEdits', label: labelOf(verdicts, applied, request.label), changes });
    return { changeSetId: result.changeSetId, newIds };
  });
  const { changeSetId, newIds } = write();
  const touched = [...verdicts.updates.keys(), ...newIds];
  const rows = register.load(touched);
  const warnings: ApplyEditsResult['warnings'] = [];
  for (const rowId of touched) {
    const row = rows.get(rowId);
    if (!row) continue;
    for (const [field, message] of Object.entries(projectWarnings(sqlite, row, today))) warnings.push({ id: rowId, field, message });
  }
  return { applied, insertedIds: newIds, rejected: verdicts.rejected, warnings, changeSetId };
}
