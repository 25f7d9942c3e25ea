import type { Sqlite } from '../../../db/client';
import { allocationRowsOf, capitalSourceList, matrixRowId, planPeriods, projectFacts, splitRowId } from '../../../db/queries/capital-matrix';
import type { CapitalMeasure } from '../../api/schemas/capital';
import type { ApplyEditsResult, CellProblem, CellValue } from '../../api/schemas/grid';
import { formatNumber } from '../../api/text/format';
import { parseDate } from '../../api/text/parse';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import { yearLocks } from '../submission/year-lock';
import { CANCELLED_LOCK } from './matrix';
import { allocationWarnings } from './matrix-warnings';
import { readMoney } from './money';

// Cells of the annual matrix, judged one by one before anything is written: a negative or non-numeric amount, a
// year outside every plan period, capital for a cancelled project are refused with the reason; the accepted cells
// are written as ONE change (one undo), like every editable grid of the app. A cell never half-writes: its
// allocation row is created, updated or, once nothing is left in it, deleted in the same change. Valid but
// questionable cells (a source the project does not use, a year outside the project, more than its share…) are
// written and warned about.

const MEASURE_COLUMN = { planned: 'plannedDong', adjusted: 'adjustedDong', disbursed: 'disbursedDong', disbursedOn: 'disbursedOn' } as const;
type Writable = keyof typeof MEASURE_COLUMN;

const MEASURE_NAMES: Record<CapitalMeasure, string> = {
  planned: 'kế hoạch vốn giao',
  adjusted: 'vốn điều chỉnh',
  allocated: 'vốn giao',
  disbursed: 'giải ngân',
  disbursedOn: 'ngày giải ngân',
};

export interface MatrixEditRequest {
  measure: CapitalMeasure;
  edits: { id: number; field: string; value: CellValue }[];
  newRows: Record<string, CellValue>[];
  label?: string | undefined;
}

interface Accepted {
  rowId: number;
  projectId: number;
  sourceId: number;
  year: number;
  value: number | string | null;
}

type Cell = { id: number; field: string; value: CellValue };

/** New rows name a project (by code) and a source; their year cells then read like any other cell. */
function cellsOfNewRows(sqlite: Sqlite, rows: MatrixEditRequest['newRows'], rejected: CellProblem[]): Cell[] {
  const sources = new Map(capitalSourceList(sqlite).map((s) => [s.code.toLowerCase(), s.id]));
  const cells: Cell[] = [];
  rows.forEach((row, index) => {
    const id = -(index + 1);
    const code = String(row.projectCode ?? '').trim();
    const project = code ? (sqlite.prepare('SELECT id FROM projects WHERE lower(code) = lower(?)').get(code) as { id: number } | undefined) : undefined;
    const sourceId = sources.get(String(row.sourceCode ?? '').trim().toLowerCase());
    if (!project) rejected.push({ id, field: 'projectCode', code: 'INVALID', message: code ? `Không có dự án mã "${code}"` : 'Dòng mới thiếu mã dự án' });
    if (sourceId === undefined) rejected.push({ id, field: 'sourceCode', code: 'INVALID', message: `Nguồn vốn "${row.sourceCode ?? ''}" không có trong danh mục` });
    if (!project || sourceId === undefined) return;
    for (const [field, value] of Object.entries(row)) if (field.startsWith('y')) cells.push({ id: matrixRowId(project.id, sourceId), field, value });
  });
  return cells;
}

function judge(sqlite: Sqlite, request: MatrixEditRequest, cells: Cell[], rejected: CellProblem[]): Accepted[] {
  const periods = planPeriods(sqlite);
  const locks = yearLocks(sqlite);
  const periodText = periods.map((p) => `${p.startYear}–${p.endYear}`).join(', ');
  const sourceIds = new Set(capitalSourceList(sqlite).map((s) => s.id));
  const projects = projectFacts(sqlite, cells.map((c) => splitRowId(c.id).projectId));
  const last = new Map<string, Cell>();
  for (const cell of cells) last.set(`${cell.id}\u0000${cell.field}`, cell);
  const accepted: Accepted[] = [];
  for (const cell of last.values()) {
    const reject = (code: CellProblem['code'], message: string) => rejected.push({ id: cell.id, field: cell.field, code, message });
    const { projectId, sourceId } = splitRowId(cell.id);
    const project = projects.get(projectId);
    if (!project || !sourceIds.has(sourceId)) {
      reject('NOT_FOUND', `Không tìm thấy dòng #${cell.id}`);
      continue;
    }
    const match = /^y(\d{4})$/.exec(cell.field);
    if (!match) {
      reject('INVALID', `Không có cột "${cell.field}"`);
      continue;
    }
    if (request.measure === 'allocated') {
      reject('READ_ONLY', 'Vốn giao là số điều chỉnh nếu có, nếu không là kế hoạch vốn giao: hãy sửa một trong hai');
      continue;
    }
    const year = Number(match[1]);
    if (!periods.some((p) => year >= p.startYear && year <= p.endYear)) {
      reject('INVALID', `Năm ${year} nằm ngoài các kỳ kế hoạch (${periodText})`);
      continue;
    }
    const yearLock = locks.get(year);
    if (yearLock) {
      reject('LOCKED', yearLock);
      continue;
    }
    const parsed = request.measure === 'disbursedOn' ? readDate(cell.value) : readMoney(cell.value);
    if (!parsed.ok) {
      reject('INVALID', parsed.reason);
      continue;
    }
    const nonZero = parsed.value !== null && parsed.value !== 0;
    if (project.stageCode === 'CANCELLED' && nonZero) {
      reject('LOCKED', CANCELLED_LOCK);
      continue;
    }
    accepted.push({ rowId: cell.id, projectId, sourceId, year, value: parsed.value });
  }
  return accepted;
}

function readDate(value: CellValue) {
  if (typeof value === 'number' || typeof value === 'boolean') return { ok: false as const, reason: 'Phải là ngày dd/mm/yyyy' };
  return parseDate(value);
}

/** An allocation row with nothing in it is removed rather than kept as zeros. */
const isEmpty = (row: { plannedDong: number; adjustedDong: number | null; disbursedDong: number; disbursedOn: string | null }) =>
  row.plannedDong === 0 && row.adjustedDong === null && row.disbursedDong === 0 && row.disbursedOn === null;

function changesOf(sqlite: Sqlite, measure: Writable, accepted: Accepted[]): Change[] {
  const existing = allocationRowsOf(sqlite, [...new Set(accepted.map((a) => a.projectId))]);
  const column = MEASURE_COLUMN[measure];
  const changes: Change[] = [];
  for (const cell of accepted) {
    const stored = measure === 'planned' || measure === 'disbursed' ? (cell.value ?? 0) : cell.value;
    const row = existing.get(`${cell.projectId}|${cell.sourceId}|${cell.year}`);
    if (!row) {
      const values = { projectId: cell.projectId, sourceId: cell.sourceId, year: cell.year, plannedDong: 0, adjustedDong: null, disbursedDong: 0, disbursedOn: null, [column]: stored };
      if (!isEmpty(values)) changes.push({ op: 'insert', table: 'allocations', values: values as never });
      continue;
    }
    const after = { ...row, [column]: stored };
    if (isEmpty(after)) changes.push({ op: 'delete', table: 'allocations', id: row.id });
    else if (row[column] !== stored) changes.push({ op: 'update', table: 'allocations', id: row.id, set: { [column]: stored } });
  }
  return changes;
}

function labelOf(request: MatrixEditRequest, accepted: Accepted[], sqlite: Sqlite): string {
  const cells = accepted.length;
  if (request.label) return request.label.replace('{n}', formatNumber(cells, 0));
  const what = MEASURE_NAMES[request.measure];
  if (cells === 1) {
    const cell = accepted[0]!;
    const code = projectFacts(sqlite, [cell.projectId]).get(cell.projectId)?.code ?? `#${cell.projectId}`;
    const source = capitalSourceList(sqlite).find((s) => s.id === cell.sourceId)?.code ?? '';
    return `Kế hoạch vốn năm ${cell.year}: sửa ${what} ${code} (${source})`;
  }
  return `Kế hoạch vốn năm: sửa ${formatNumber(cells, 0)} ô ${what}`;
}

export function applyMatrixEdits(sqlite: Sqlite, author: Author, request: MatrixEditRequest): ApplyEditsResult {
  const rejected: CellProblem[] = [];
  const cells = [...request.edits, ...cellsOfNewRows(sqlite, request.newRows, rejected)];
  const accepted = judge(sqlite, request, cells, rejected);
  if (accepted.length === 0 || request.measure === 'allocated') return { applied: 0, insertedIds: [], rejected, warnings: [], changeSetId: null };
  const changes = changesOf(sqlite, request.measure, accepted);
  const result = changes.length
    ? applyChanges(sqlite, author, { action: 'capital.applyMatrixEdits', label: labelOf(request, accepted, sqlite), changes })
    : { changeSetId: null };
  const insertedIds = [...new Set(accepted.filter((a) => !request.edits.some((e) => e.id === a.rowId)).map((a) => a.rowId))];
  return { applied: accepted.length, insertedIds, rejected, warnings: allocationWarnings(sqlite, accepted), changeSetId: result.changeSetId };
}
