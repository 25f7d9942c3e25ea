import { basename } from 'node:path';
import type { Sqlite } from '../../../../db/client';
import { inYearFlags } from '../../../../db/queries/assessment-scope';
import { statesOf, valuesOf } from '../../../../db/queries/assessment-values';
import type { EntryCellDiff, EntryInstitutionDiff, ImportEntryResult } from '../../../api/schemas/assessment';
import type { CellValue } from '../../../api/schemas/grid';
import type { ServiceContext } from '../../context';
import { type IndicatorContext, indicatorContext, numbersOf, valueMaps } from '../indicator-context';
import { LOCKED_REASON } from '../plan-edits';
import { changeWarning, normaliseComment, parseIndicatorValue, relationProblems } from '../value-rules';
import { holdImport, type PendingCell } from './pending';
import { EntryWorkbookRejected, type RawCell, readEntryWorkbook, type ReadEntryWorkbook } from './read';

const same = (a: string, b: string) => a.normalize('NFC').trim() === b.normalize('NFC').trim();

interface Accepted {
  file: string;
  workbook: ReadEntryWorkbook;
}

/** The identity checks: this province, this year, an institution of this file that belongs to the year, once. */
function checkIdentity(sqlite: Sqlite, province: string, year: number, read: Accepted, seen: Map<number, string>): string | null {
  const { identity } = read.workbook;
  const name = read.file;
  if (!same(identity.provinceName, province)) return `Phiếu “${name}” là của ${identity.provinceName}, không phải của ${province} đang mở.`;
  if (identity.year !== year) return `Phiếu “${name}” là số liệu năm ${identity.year}, không phải năm ${year} đang nhập.`;
  const institution = inYearFlags(sqlite, year, [identity.institutionId]).get(identity.institutionId);
  if (!institution) return `Phiếu “${name}” là của cơ sở ${identity.institutionCode}, không có trong tệp dữ liệu này.`;
  if (institution.code !== identity.institutionCode) {
    return `Phiếu “${name}” ghi cơ sở ${identity.institutionCode} nhưng mã nhận dạng trỏ tới cơ sở khác (${institution.code}); không nhận phiếu này.`;
  }
  if (!institution.inYear) return `Phiếu “${name}”: cơ sở ${institution.code} không thuộc đánh giá năm ${year}.`;
  const earlier = seen.get(identity.institutionId);
  if (earlier) return `Phiếu “${name}” trùng cơ sở ${institution.code} với phiếu “${earlier}”; chỉ nhận một phiếu mỗi cơ sở.`;
  return null;
}

function parseComment(raw: RawCell): { comment: string | null; problem: string | null } {
  if (raw !== null && typeof raw === 'object') return { comment: null, problem: `Ghi chú: ${raw.problem}` };
  if (typeof raw === 'string' && raw.length > 2000) return { comment: null, problem: 'Ghi chú dài quá 2.000 ký tự' };
  return { comment: normaliseComment(raw === null ? null : String(raw)) ?? null, problem: null };
}

/** One institution's workbook against the database: every cell that differs, with what is wrong or unusual in it. */
function diffInstitution(
  context: IndicatorContext,
  workbook: ReadEntryWorkbook,
  current: Map<string, { value: number | null; comment: string | null }>,
  previous: Map<string, number | null>,
) {
  const cells = new Map<string, PendingCell>();
  const warnings = new Map<string, string>();
  for (const indicator of context.list) {
    const row = workbook.rows.get(indicator.code);
    if (!row) continue;
    const old = current.get(indicator.code);
    const raw = row.value;
    const parsed = raw !== null && typeof raw === 'object' ? { ok: false as const, reason: raw.problem } : parseIndicatorValue(indicator.unit, raw as CellValue);
    const comment = parseComment(row.comment);
    const problem = parsed.ok ? comment.problem : parsed.reason;
    const cell: PendingCell = {
      oldValue: old?.value ?? null,
      newValue: parsed.ok ? parsed.value : null,
      oldComment: old?.comment ?? null,
      newComment: comment.problem ? (old?.comment ?? null) : comment.comment,
      problem,
    };
    if (!problem && cell.newValue === cell.oldValue && cell.newComment === cell.oldComment) continue;
    cells.set(indicator.code, cell);
    if (!problem && cell.newValue === null && cell.oldValue !== null) warnings.set(indicator.code, 'Phiếu để trống ô này: nhận sẽ xóa số liệu đang có');
    else if (!problem) {
      const warning = changeWarning(indicator.unit, cell.newValue, previous.get(indicator.code));
      if (warning) warnings.set(indicator.code, warning);
    }
  }
  // A part above its whole is judged on the figures as they would stand after taking the whole workbook.
  const after = new Map([...current.entries()].map(([code, v]) => [code, v.value]));
  for (const [code, cell] of cells) if (!cell.problem) after.set(code, cell.newValue);
  for (const problem of relationProblems(after, context.relations, context.byCode)) {
    for (const code of problem.codes) {
      const cell = cells.get(code);
      if (cell && !cell.problem && cell.newValue !== cell.oldValue) cell.problem = problem.message;
    }
  }
  return { cells, warnings };
}

/**
 * Reads the chosen workbooks, rejects those that are not this province's, year's and institutions' (naming the
 * file and why), and holds the cell-by-cell difference against the database under a token. Nothing is written.
 */
export async function importEntryWorkbooks(ctx: ServiceContext, files: readonly string[], expectedYear: number | undefined): Promise<ImportEntryResult> {
  const { sqlite, file: dataFile } = ctx.workspace.require();
  const province = (sqlite.prepare('SELECT name FROM province_profile WHERE id = 1').get() as { name: string }).name;
  const rejected: ImportEntryResult['rejected'] = [];
  const read: Accepted[] = [];
  for (const path of files) {
    try {
      read.push({ file: basename(path), workbook: await readEntryWorkbook(path) });
    } catch (error) {
      if (!(error instanceof EntryWorkbookRejected)) throw error;
      rejected.push({ file: basename(path), message: error.message });
    }
  }
  const year = expectedYear ?? read[0]?.workbook.identity.year ?? null;
  if (year === null) return { token: null, year: null, institutions: [], rejected };

  const seen = new Map<number, string>();
  const taken: Accepted[] = [];
  for (const item of read) {
    const refusal = checkIdentity(sqlite, province, year, item, seen);
    if (refusal) rejected.push({ file: item.file, message: refusal });
    else {
      seen.set(item.workbook.identity.institutionId, item.file);
      taken.push(item);
    }
  }
  const context = indicatorContext(sqlite);
  const ids = taken.map((t) => t.workbook.identity.institutionId);
  const stored = valuesOf(sqlite, ids, [year, year - 1]);
  const current = valueMaps(stored, year);
  const previous = valueMaps(stored, year - 1);
  const states = statesOf(sqlite, year, ids);
  const institutions: EntryInstitutionDiff[] = [];
  const pending = new Map<number, { code: string; file: string; cells: Map<string, PendingCell> }>();
  for (const item of taken) {
    const { institutionId, institutionCode } = item.workbook.identity;
    const name = (sqlite.prepare('SELECT name FROM institutions WHERE id = ?').get(institutionId) as { name: string }).name;
    const now = new Map([...(current.get(institutionId)?.entries() ?? [])].map(([code, v]) => [code, { value: v.value, comment: v.comment }]));
    const { cells, warnings } = diffInstitution(context, item.workbook, now, numbersOf(previous.get(institutionId)));
    const state = states.get(institutionId)?.state ?? 'none';
    pending.set(institutionId, { code: institutionCode, file: item.file, cells });
    institutions.push({
      institutionId,
      code: institutionCode,
      name,
      file: item.file,
      state,
      locked: state === 'approved' ? LOCKED_REASON : null,
      cells: [...cells].map(([code, cell]): EntryCellDiff => {
        const indicator = context.byCode.get(code)!;
        return { indicatorCode: code, nameVi: indicator.nameVi, nameEn: indicator.nameEn, unit: indicator.unit, ...cell, warning: warnings.get(code) ?? null };
      }),
    });
  }
  if (institutions.length === 0) return { token: null, year, institutions, rejected };
  const token = holdImport(ctx, { dataFile, year, institutions: pending });
  return { token, year, institutions, rejected };
}
