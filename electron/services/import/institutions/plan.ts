import type { ImportMapping, ImportProblem, ImportRowStatus } from '../../../api/schemas/institution-import';
import { formatDate } from '../../../api/text/format';
import { type Cell, cellText, type GridSheet, isBlank, rowNumbers } from '../grid';
import type { SheetColumn } from '../header';
import { codeKey, type ExistingInstitution, nameKey, type Register } from './existing';
import { FIELDS, REQUIRED_FOR_NEW } from './fields';
import { type Difference, differencesOf, matchInstitution } from './match';
import { problem, type Readers, readRow, type Values } from './row-reader';

/** One data row, read, matched and checked: what the preview shows and what apply writes. */
export interface RowPlan {
  rowNumber: number;
  status: ImportRowStatus;
  values: Values;
  match: { institution: ExistingInstitution; by: 'code' | 'name' } | null;
  differences: Difference[];
  problems: ImportProblem[];
  /** For a governing body that changes: the open row to close (the day before) and the new row's start. */
  governance: { closeId: number | null; validFrom: string } | null;
}

export interface PlanContext extends Readers {
  register: Register;
  /** ISO date of the import: when a governing body starts if the file gives no date. */
  today: string;
}

export interface Plan {
  rows: RowPlan[];
  skipped: { rowNumber: number; reason: string }[];
}

const TOTAL = /^(tong|tong cong|cong|tong so|cong chung|total)( |$)/;
const NEW_CODE = /^CS-(\d+)$/;

export const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function skipReason(cells: Cell[], values: Values, filled: number, mappedFields: number): string | null {
  if (filled === 0) return 'Không có dữ liệu ở các cột đã ghép';
  const label = typeof values.name === 'string' ? values.name : cellText(cells.find((c) => !isBlank(c)));
  if (!values.code && TOTAL.test(nameKey(label))) return 'Dòng tổng cộng';
  if (mappedFields >= 3 && cells.filter((c) => !isBlank(c)).length === 1) return 'Chỉ có một ô có dữ liệu (dòng tiêu đề nhóm?)';
  return null;
}

/** When a row's governing body differs: close the open row the day before the new one starts. */
function governanceChange(row: RowPlan, column: SheetColumn | undefined, today: string): void {
  const body = row.values.governingBody;
  if (typeof body !== 'string') return;
  const given = typeof row.values.governingFrom === 'string' ? row.values.governingFrom : null;
  const existing = row.match?.institution;
  if (!existing) {
    const founded = typeof row.values.foundedYear === 'number' ? `${row.values.foundedYear}-01-01` : null;
    row.governance = { closeId: null, validFrom: given ?? founded ?? today };
    return;
  }
  if (!row.differences.some((d) => d.field === 'governingBody')) return;
  const validFrom = given ?? today;
  if (existing.governingFrom && validFrom <= existing.governingFrom) {
    row.problems.push(
      problem(
        'error',
        'governingFrom',
        column,
        `Cơ quan chủ quản mới phải bắt đầu sau ngày ${formatDate(existing.governingFrom)} (ngày bắt đầu của "${existing.governingBody}")`,
      ),
    );
    return;
  }
  row.governance = { closeId: existing.governanceId, validFrom };
}

/** Codes for new institutions the file gives none for: CS-0001 onwards, past any already used. */
function assignCodes(rows: RowPlan[], register: Register, columns: Map<number, SheetColumn>, mapping: ImportMapping): void {
  const used = new Set([...register.byCode.keys(), ...rows.map((r) => (typeof r.values.code === 'string' ? codeKey(r.values.code) : ''))]);
  let next = 1 + Math.max(0, ...[...used].map((c) => Number(NEW_CODE.exec(c)?.[1] ?? 0)));
  for (const row of rows) {
    if (row.status !== 'new' || row.values.code) continue;
    let code: string;
    do code = `CS-${String(next++).padStart(4, '0')}`;
    while (used.has(code));
    used.add(code);
    row.values.code = code;
    const column = mapping.code === undefined ? undefined : columns.get(mapping.code);
    row.problems.push(problem('warning', 'code', column, `Chưa có mã cơ sở; sẽ cấp mã ${code}`));
  }
}

export function planImport(sheet: GridSheet, dataStartRow: number, columnList: SheetColumn[], mapping: ImportMapping, ctx: PlanContext): Plan {
  const columns = new Map(columnList.map((c) => [c.index, c]));
  const columnOf = (field: keyof typeof FIELDS) => (mapping[field] === undefined ? undefined : columns.get(mapping[field]!));
  const mappedFields = Object.keys(mapping).length;
  const rows: RowPlan[] = [];
  const skipped: Plan['skipped'] = [];
  const seenCodes = new Map<string, number>();
  const seenMatches = new Map<number, number>();
  const seenNewNames = new Map<string, number>();

  for (const rowNumber of rowNumbers(sheet)) {
    if (rowNumber < dataStartRow) continue;
    const cells = sheet.rows.get(rowNumber)!;
    const read = readRow(cells, mapping, columns, ctx);
    const reason = skipReason(cells, read.values, read.filled, mappedFields);
    if (reason) {
      skipped.push({ rowNumber, reason });
      continue;
    }
    const row: RowPlan = { rowNumber, status: 'invalid', values: read.values, match: null, differences: [], problems: read.problems, governance: null };
    const code = typeof row.values.code === 'string' ? codeKey(row.values.code) : null;
    if (code) {
      const first = seenCodes.get(code);
      if (first !== undefined) row.problems.push(problem('error', 'code', columnOf('code'), `Mã trùng với dòng ${first}`));
      else seenCodes.set(code, rowNumber);
    }
    const matched = matchInstitution(row.values, ctx.register);
    row.problems.push(...matched.problems);
    if (matched.match) {
      const { institution, by, notes } = matched.match;
      row.match = { institution, by };
      row.problems.push(...notes);
      const first = seenMatches.get(institution.id);
      if (first !== undefined) row.problems.push(problem('error', null, undefined, `Cùng cơ sở ${institution.code} với dòng ${first}`));
      else seenMatches.set(institution.id, rowNumber);
      if (institution.status !== 'active') {
        row.problems.push(problem('warning', null, undefined, `Cơ sở ${institution.code} không còn hoạt động (${institution.status}); vẫn cập nhật theo tệp`));
      }
      row.differences = differencesOf(row.values, institution);
    } else if (!matched.problems.length) {
      for (const field of REQUIRED_FOR_NEW) {
        if (row.values[field] !== null && row.values[field] !== undefined) continue;
        if (row.problems.some((p) => p.field === field)) continue;
        const column = columnOf(field);
        const where = column ? '' : ' (chưa ghép cột này)';
        row.problems.push(problem('error', field, column, `Thiếu ${FIELDS[field].label.toLowerCase()}, bắt buộc với cơ sở mới${where}`));
      }
      const name = typeof row.values.name === 'string' ? nameKey(row.values.name) : null;
      if (name) {
        const first = seenNewNames.get(name);
        if (first !== undefined) row.problems.push(problem('error', 'name', columnOf('name'), `Tên trùng với dòng ${first}`));
        else seenNewNames.set(name, rowNumber);
      }
    }
    governanceChange(row, columnOf('governingFrom') ?? columnOf('governingBody'), ctx.today);
    const errors = row.problems.some((p) => p.severity === 'error');
    row.status = errors ? 'invalid' : !row.match ? 'new' : row.differences.length ? 'update' : 'unchanged';
    rows.push(row);
  }
  assignCodes(rows, ctx.register, columns, mapping);
  return { rows, skipped };
}
