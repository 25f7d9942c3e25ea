import { valuesOf } from '../../../../db/queries/assessment-values';
import type { ValueEdit } from '../../../api/schemas/assessment';
import type { ApplyEditsResult, CellProblem } from '../../../api/schemas/grid';
import { backupBeforeImport } from '../../backups/before-import';
import { authorOf, type ServiceContext } from '../../context';
import { applyChanges } from '../../history/mutation-path';
import { indicatorContext, valueMaps } from '../indicator-context';
import { planValueEdits } from '../plan-edits';
import { type PendingCell, takeImport } from './pending';

export interface AcceptEntry {
  institutionId: number;
  indicatorCodes: 'all' | string[];
}

/**
 * Applies the ticked part of a held import as ONE recorded change (one undo step), after a safety backup. Cells
 * whose figure changed in the database since the workbook was read are refused rather than overwritten; cells
 * already holding the workbook's figure are skipped, so the rest of a difference can be accepted later.
 */
export function applyEntryImport(ctx: ServiceContext, token: string, accept: readonly AcceptEntry[]): ApplyEditsResult {
  const { sqlite, file } = ctx.workspace.require();
  const pending = takeImport(ctx, token, file);
  const rejected: CellProblem[] = [];
  const wanted: { institutionId: number; code: string; cell: PendingCell }[] = [];
  for (const entry of accept) {
    const institution = pending.institutions.get(entry.institutionId);
    if (!institution) {
      rejected.push({ id: entry.institutionId, field: '*', code: 'NOT_FOUND', message: 'Cơ sở này không có trong các phiếu đã đọc' });
      continue;
    }
    const codes = entry.indicatorCodes === 'all' ? [...institution.cells.keys()] : entry.indicatorCodes;
    for (const code of codes) {
      const cell = institution.cells.get(code);
      if (!cell) rejected.push({ id: entry.institutionId, field: code, code: 'NOT_FOUND', message: 'Ô này không có trong phần khác biệt của phiếu' });
      else if (cell.problem) rejected.push({ id: entry.institutionId, field: code, code: 'INVALID', message: cell.problem });
      else wanted.push({ institutionId: entry.institutionId, code, cell });
    }
  }
  const current = valueMaps(valuesOf(sqlite, [...new Set(wanted.map((w) => w.institutionId))], [pending.year]), pending.year);
  const edits: ValueEdit[] = [];
  for (const { institutionId, code, cell } of wanted) {
    const now = current.get(institutionId)?.get(code);
    const value = now?.value ?? null;
    const comment = now?.comment ?? null;
    if (value === cell.newValue && comment === cell.newComment) continue;
    if (value !== cell.oldValue || comment !== cell.oldComment) {
      rejected.push({ id: institutionId, field: code, code: 'INVALID', message: 'Số liệu trong tệp đã thay đổi sau khi đọc phiếu; hãy đọc lại phiếu' });
      continue;
    }
    edits.push({ institutionId, indicatorCode: code, value: cell.newValue, comment: cell.newComment });
  }
  const planned = planValueEdits(sqlite, indicatorContext(sqlite), pending.year, edits);
  rejected.push(...planned.rejected);
  if (planned.changes.length === 0) return { applied: 0, insertedIds: [], rejected, warnings: planned.warnings, changeSetId: null };
  const institutions = new Set(planned.applied.map((a) => a.institutionId));
  backupBeforeImport(ctx, `danh-gia-${pending.year}`);
  const result = applyChanges(sqlite, authorOf(ctx), {
    action: 'assessment.importEntries',
    label: `Nhận phiếu nhập liệu năm ${pending.year}: ${institutions.size} cơ sở, ${planned.applied.length} ô`,
    changes: planned.changes,
  });
  return { applied: planned.applied.length, insertedIds: result.insertedIds, rejected, warnings: planned.warnings, changeSetId: result.changeSetId };
}
