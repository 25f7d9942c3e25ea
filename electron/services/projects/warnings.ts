import type { Sqlite } from '../../../db/client';
import { allocatedBySource, type ProjectListRow } from '../../../db/queries/projects';
import { APPROVED_STAGES } from '../../../db/queries/funding-gap';
import { lifecycleStages } from '../../../db/reference/catalogue';
import { millions } from '../capital/money';
import { FUNDING_PREFIX } from './register';

// Valid but questionable values of a project, keyed by the grid field they show on. Never blocks a write.

const STAGE_NAMES = new Map<string, string>(lifecycleStages.map((s) => [s.code, s.nameVi]));
export const stageName = (code: string) => STAGE_NAMES.get(code) ?? code;

const approved = new Set<string>(APPROVED_STAGES);

export function warningsOf(row: ProjectListRow, allocated: Record<string, number>): Record<string, string> {
  const warnings: Record<string, string> = {};
  if (row.stagesMissingBasis.length) {
    warnings.stageCode = `Chưa đủ căn cứ pháp lý (số, ngày, cơ quan ban hành): ${row.stagesMissingBasis.map(stageName).join(', ')}`;
  }
  if (approved.has(row.stageCode) && row.totalInvestmentDong === 0) {
    warnings.totalInvestmentDong = 'Dự án đã có quyết định đầu tư nhưng chưa nhập tổng mức đầu tư theo nguồn vốn';
  }
  for (const [source, amount] of Object.entries(allocated)) {
    const share = row.funding[source] ?? 0;
    if (amount > share) {
      warnings[`${FUNDING_PREFIX}${source}`] =
        share === 0
          ? `Đã giao ${millions(amount)} vốn ${source} nhưng dự án không có nguồn này trong tổng mức đầu tư`
          : `Vốn ${source} đã giao ${millions(amount)} vượt phần vốn của nguồn ${millions(share)}`;
    }
  }
  return warnings;
}

export function projectWarnings(sqlite: Sqlite, row: ProjectListRow, _today: string): Record<string, string> {
  return warningsOf(row, allocatedBySource(sqlite, [row.id]).get(row.id) ?? {});
}
