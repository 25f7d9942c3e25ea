import type { Sqlite } from '../../../db/client';
import { type MatrixView, matrixPage, matrixTotals, planPeriods, sourceYearTotals, yearsOf } from '../../../db/queries/capital-matrix';
import { fundingGaps } from '../../../db/queries/funding-gap';
import { allocatedBySource } from '../../../db/queries/projects';
import type { MatrixRow } from '../../api/schemas/capital';
import { matrixFilterFields } from '../../api/schemas/capital';
import { ServiceError } from '../service-error';
import { yearLocks } from '../submission/year-lock';
import { millions } from './money';

// Reading the annual matrix: a page of rows with their cells, the funding gap of each project and source, and
// the warnings the planner sees on the cells; the derived filter (a funding gap in a year) resolved here.

export const CANCELLED_LOCK = 'Dự án đã hủy bỏ: không giao vốn. Chỉ có thể đưa số về 0.';

export function checkedMatrixView<V extends MatrixView>(sqlite: Sqlite, view: V): V {
  if (view.toYear < view.fromYear) throw new ServiceError('INVALID_INPUT', 'Năm đầu phải trước năm cuối.', { fromYear: view.fromYear, toYear: view.toYear });
  if (view.toYear - view.fromYear > 15) throw new ServiceError('INVALID_INPUT', 'Chỉ xem tối đa 16 năm một lúc.', {});
  for (const field of Object.keys(view.filters ?? {})) {
    if (!(matrixFilterFields as readonly string[]).includes(field)) throw new ServiceError('INVALID_INPUT', `Không lọc được theo "${field}".`, { field });
  }
  const gapYears = (view.filters?.gapYear ?? []).map(Number);
  if (gapYears.length === 0) return view;
  const pairs = new Set<string>();
  for (const gap of fundingGaps(sqlite)) {
    if (gapYears.some((y) => (gap.byYear.get(y) ?? 0) > 0)) pairs.add(`${gap.projectId}|${gap.sourceId}`);
  }
  return { ...view, pairs: [...pairs] };
}

function cellWarnings(row: MatrixRow, view: MatrixView, project: { startYear: number; endYear: number }, allocatedAll: number): Record<string, string> {
  const warnings: Record<string, string> = {};
  for (const [field, value] of Object.entries(row.cells)) {
    if (value === null || value === 0) continue;
    const year = Number(field.slice(1));
    if (row.fundingDong === 0 && view.measure !== 'disbursedOn') warnings[field] = `Dự án không có nguồn ${row.sourceCode} trong tổng mức đầu tư`;
    else if (year < project.startYear || year > project.endYear) warnings[field] = `Năm ${year} ngoài thời gian thực hiện ${project.startYear}–${project.endYear}`;
  }
  if (row.fundingDong > 0 && allocatedAll > row.fundingDong) {
    warnings.total = `Vốn ${row.sourceCode} đã giao (mọi năm) ${millions(allocatedAll)} vượt phần vốn của nguồn ${millions(row.fundingDong)}`;
  }
  if (row.gapDong > 0) warnings.gapDong = `Còn thiếu ${millions(row.gapDong)} so với phần vốn ${row.sourceCode} của dự án`;
  return warnings;
}

export function readMatrixPage(sqlite: Sqlite, query: MatrixView & { offset: number; limit: number }) {
  const view = checkedMatrixView(sqlite, query);
  const page = matrixPage(sqlite, view);
  const projectIds = [...new Set(page.rows.map((r) => r.projectId))];
  const gaps = new Map(fundingGaps(sqlite, { projectIds }).map((g) => [`${g.projectId}|${g.sourceCode}`, g.gapDong]));
  const allocated = allocatedBySource(sqlite, projectIds);
  const years = (sqlite.prepare('SELECT id, start_year AS startYear, end_year AS endYear FROM projects WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(projectIds),
  ) as { id: number; startYear: number; endYear: number }[]).reduce((m, p) => m.set(p.id, p), new Map<number, { startYear: number; endYear: number }>());
  const locks = new Map([...yearLocks(sqlite)].filter(([year]) => page.years.includes(year)));
  const rows: MatrixRow[] = page.rows.map((raw) => {
    const cells: MatrixRow['cells'] = {};
    for (const y of page.years) cells[`y${y}`] = raw[`y${y}`] ?? null;
    const row: MatrixRow = {
      id: raw.id,
      projectId: raw.projectId,
      projectCode: raw.projectCode,
      projectName: raw.projectName,
      stageCode: raw.stageCode,
      sourceCode: raw.sourceCode,
      fundingDong: raw.fundingDong,
      cells,
      total: raw.total,
      gapDong: gaps.get(`${raw.projectId}|${raw.sourceCode}`) ?? 0,
      warnings: {},
      locked: raw.stageCode === 'CANCELLED' ? CANCELLED_LOCK : null,
      cellLocks: {},
    };
    row.warnings = cellWarnings(row, view, years.get(raw.projectId) ?? { startYear: 0, endYear: 9999 }, allocated.get(raw.projectId)?.[raw.sourceCode] ?? 0);
    // Years approved in the submission to the ministry: only their cells are locked; the open years stay editable.
    for (const [year, reason] of locks) row.cellLocks[`y${year}`] = reason;
    return row;
  });
  return { total: page.total, rows, years: page.years };
}

export function readMatrixTotals(sqlite: Sqlite, view: MatrixView) {
  return matrixTotals(sqlite, checkedMatrixView(sqlite, view));
}

export function readSourceTotals(sqlite: Sqlite, input: { measure: MatrixView['measure']; fromYear: number; toYear: number }) {
  const years = yearsOf(input);
  const measure = input.measure === 'disbursedOn' ? 'disbursed' : input.measure;
  const cells = sourceYearTotals(sqlite, measure, input.fromYear, input.toYear);
  const codes = (sqlite.prepare('SELECT code FROM capital_sources ORDER BY sort_order').all() as { code: string }[]).map((s) => s.code);
  const empty = (sourceCode: string) => ({ sourceCode, cells: Object.fromEntries(years.map((y) => [`y${y}`, 0])), total: 0 });
  const rows = new Map(codes.map((code) => [code, empty(code)]));
  const totals = empty('');
  for (const cell of cells) {
    const row = rows.get(cell.sourceCode) ?? empty(cell.sourceCode);
    rows.set(cell.sourceCode, row);
    const amount = cell.amount ?? 0;
    row.cells[`y${cell.year}`] = (row.cells[`y${cell.year}`] ?? 0) + amount;
    row.total += amount;
    totals.cells[`y${cell.year}`] = (totals.cells[`y${cell.year}`] ?? 0) + amount;
    totals.total += amount;
  }
  return { years, rows: [...rows.values()], totals };
}

/** The plan period holding a year, or null: years outside every period are refused in the annual plan. */
export function periodOf(sqlite: Sqlite, year: number) {
  return planPeriods(sqlite).find((p) => year >= p.startYear && year <= p.endYear) ?? null;
}
