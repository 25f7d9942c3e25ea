import type { Sqlite } from '../../../../db/client';
import type { ImportFile, ImportLayout, ImportMapping, ImportPreview, ImportResult } from '../../../api/schemas/institution-import';
import { backupBeforeImport } from '../../backups';
import { authorOf, type ServiceContext } from '../../context';
import { applyChanges, historyStatus } from '../../history/mutation-path';
import { localIsoTimestamp } from '../../platform';
import { columnLetter, type GridSheet } from '../grid';
import { refuse } from '../import-error';
import { readSpreadsheet } from '../read-file';
import { importSessions } from '../sessions';
import { dataStartAfter, sheetColumns } from '../header';
import { importChanges } from './changes';
import { loadRegister } from './existing';
import { FIELDS } from './fields';
import { layoutOf, summariseSheet, usedColumns } from './layout';
import { mappingKey, mappingToRemember } from './mapping';
import { type Plan, planImport } from './plan';
import { loadReference, referenceMatcher } from './reference-match';

interface SheetArgs {
  token: string;
  sheet: string;
  headerRow: number;
  headerRows: 1 | 2;
}

function progress(ctx: ServiceContext, jobId: string | undefined, done: number, label: string) {
  if (jobId) ctx.emit('job.progressed', { jobId, done, total: 3, label });
}

export async function openImport(ctx: ServiceContext, jobId?: string): Promise<{ opened: ImportFile | null }> {
  ctx.workspace.require();
  const path = await ctx.platform.chooseFileToOpen('spreadsheet');
  if (!path) return { opened: null };
  progress(ctx, jobId, 0, 'Đang đọc tệp…');
  const workbook = await readSpreadsheet(path);
  progress(ctx, jobId, 2, 'Đang tìm dòng tiêu đề…');
  const sheets = workbook.sheets.map((s) => summariseSheet(s, ctx.prefs));
  const best = [...sheets]
    .filter((s) => s.layout)
    .sort((a, b) => Object.keys(b.layout!.mapping).length - Object.keys(a.layout!.mapping).length)[0];
  const token = importSessions(ctx).open(workbook);
  progress(ctx, jobId, 3, 'Đã đọc xong');
  return {
    opened: {
      token,
      fileName: workbook.fileName,
      format: workbook.format,
      sizeBytes: workbook.sizeBytes,
      sheets,
      defaultSheet: (best ?? sheets[0])!.name,
    },
  };
}

function usableSheet(ctx: ServiceContext, args: SheetArgs): { sheet: GridSheet; fileName: string } {
  const workbook = importSessions(ctx).get(args.token);
  const sheet = workbook.sheets.find((s) => s.name === args.sheet);
  if (!sheet) throw refuse('SHEET_UNUSABLE', `Tệp "${workbook.fileName}" không có trang tính "${args.sheet}".`);
  if (sheet.problem) throw refuse('SHEET_UNUSABLE', sheet.problem);
  return { sheet, fileName: workbook.fileName };
}

export function importLayout(ctx: ServiceContext, args: SheetArgs): ImportLayout {
  const { sheet } = usableSheet(ctx, args);
  return layoutOf(sheet, args.headerRow, args.headerRows, ctx.prefs);
}

function checkMapping(mapping: ImportMapping, sheet: GridSheet): void {
  if (mapping.code === undefined && mapping.name === undefined) {
    throw refuse('BAD_MAPPING', 'Cần ghép ít nhất cột "Mã cơ sở" hoặc cột "Tên cơ sở" để nhận ra từng cơ sở.');
  }
  const byColumn = new Map<number, string>();
  for (const [field, column] of Object.entries(mapping)) {
    if (column > sheet.columnCount) throw refuse('BAD_MAPPING', `Cột ${columnLetter(column)} không có trong trang tính "${sheet.name}".`);
    const other = byColumn.get(column);
    const label = FIELDS[field as keyof typeof FIELDS].label;
    if (other) throw refuse('BAD_MAPPING', `Cột ${columnLetter(column)} đang được ghép cho cả "${other}" và "${label}"; mỗi cột chỉ ghép một trường.`);
    byColumn.set(column, label);
  }
}

function contextFor(sqlite: Sqlite, ctx: ServiceContext) {
  return {
    register: loadRegister(sqlite),
    types: referenceMatcher(loadReference(sqlite, 'institution_types')),
    ownerships: referenceMatcher(loadReference(sqlite, 'ownership_kinds')),
    today: localIsoTimestamp(ctx.clock.now()).slice(0, 10),
  };
}

function plan(ctx: ServiceContext, args: SheetArgs & { mapping: ImportMapping }) {
  const { sheet, fileName } = usableSheet(ctx, args);
  checkMapping(args.mapping, sheet);
  const { sqlite } = ctx.workspace.require();
  const planContext = contextFor(sqlite, ctx);
  const dataStartRow = dataStartAfter(sheet, args.headerRow, args.headerRows);
  // Remembered mappings are keyed by the columns the wizard offered; problems may name any column of the sheet.
  const offered = usedColumns(sheet, args.headerRow, args.headerRows, dataStartRow);
  const all = sheetColumns(sheet, args.headerRow, args.headerRows);
  return { sqlite, fileName, sheet, offered, planContext, plan: planImport(sheet, dataStartRow, all, args.mapping, planContext) };
}

function toPreview(fileName: string, sheet: string, { rows, skipped }: Plan): ImportPreview {
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return {
    fileName,
    sheet,
    rows: rows.map((r) => ({
      rowNumber: r.rowNumber,
      status: r.status,
      values: r.values,
      match: r.match ? { id: r.match.institution.id, code: r.match.institution.code, name: r.match.institution.name, status: r.match.institution.status, by: r.match.by } : null,
      differences: r.differences,
      problems: r.problems,
    })),
    skipped,
    counts: {
      rows: rows.length,
      new: count('new'),
      update: count('update'),
      unchanged: count('unchanged'),
      invalid: count('invalid'),
      warnings: rows.filter((r) => r.problems.some((p) => p.severity === 'warning')).length,
    },
  };
}

export function previewImport(ctx: ServiceContext, args: SheetArgs & { mapping: ImportMapping }): ImportPreview {
  const planned = plan(ctx, args);
  return toPreview(planned.fileName, planned.sheet.name, planned.plan);
}

export function applyImport(ctx: ServiceContext, args: SheetArgs & { mapping: ImportMapping; rows?: number[] | undefined }): ImportResult {
  const planned = plan(ctx, args);
  const byNumber = new Map(planned.plan.rows.map((r) => [r.rowNumber, r]));
  let chosen = planned.plan.rows.filter((r) => r.status !== 'invalid');
  if (args.rows) {
    const missing = args.rows.filter((n) => !byNumber.has(n));
    if (missing.length) throw refuse('ROWS_WITH_ERRORS', `Dòng ${missing.slice(0, 10).join(', ')} không phải dòng dữ liệu của trang tính.`, { rows: missing.slice(0, 50) });
    chosen = [...new Set(args.rows)].map((n) => byNumber.get(n)!);
    const invalid = chosen.filter((r) => r.status === 'invalid').map((r) => r.rowNumber);
    if (invalid.length) {
      throw refuse('ROWS_WITH_ERRORS', `Dòng ${invalid.slice(0, 10).join(', ')} còn lỗi nên chưa nhập được; hãy sửa tệp hoặc bỏ chọn các dòng đó.`, { rows: invalid.slice(0, 50) });
    }
    chosen.sort((a, b) => a.rowNumber - b.rowNumber);
  }
  const { types, ownerships, register } = planned.planContext;
  const built = importChanges(chosen, register.maxId + 1, types, ownerships);
  const remember = () => ctx.prefs.rememberImportMapping(mappingKey(planned.offered), mappingToRemember(planned.offered, args.mapping));
  if (!built.changes.length) {
    remember();
    return { inserted: 0, updated: 0, unchanged: built.unchanged, label: null, changeSetId: null, backedUp: false };
  }
  // The safety copy comes first and outside the transaction; if it cannot be made, nothing is written.
  backupBeforeImport(ctx, 'co-so-gdnn');
  const label = `Nhập ${built.inserted + built.updated} cơ sở từ ${planned.fileName}`;
  const result = applyChanges(planned.sqlite, authorOf(ctx), { action: 'institutions.importApply', label, changes: built.changes });
  ctx.emit('history.changed', historyStatus(planned.sqlite));
  remember();
  importSessions(ctx).close(args.token);
  return { inserted: built.inserted, updated: built.updated, unchanged: built.unchanged, label, changeSetId: result.changeSetId, backedUp: true };
}

export function closeImport(ctx: ServiceContext, token: string): { closed: boolean } {
  return { closed: importSessions(ctx).close(token) };
}
