import type { Sqlite } from '../../../db/client';
import { allocationRowsOf, capitalSourceList, planPeriods, projectFacts } from '../../../db/queries/capital-matrix';
import { fundingRows } from '../../../db/queries/projects';
import type { ApplyEditsResult } from '../../api/schemas/grid';
import { formatDate } from '../../api/text/format';
import { millions } from './money';

// Warnings on the cells just written, judged on the file as it now is. They never block: the planner may record
// an allocation before the funding breakdown is updated, or a late disbursement.

interface Touched {
  rowId: number;
  projectId: number;
  sourceId: number;
  year: number;
}

const allocatedOf = (row: { plannedDong: number; adjustedDong: number | null }) => row.adjustedDong ?? row.plannedDong;

export function allocationWarnings(sqlite: Sqlite, cells: Touched[]): ApplyEditsResult['warnings'] {
  if (cells.length === 0) return [];
  const projectIds = [...new Set(cells.map((c) => c.projectId))];
  const projects = projectFacts(sqlite, projectIds);
  const rows = allocationRowsOf(sqlite, projectIds);
  const funding = fundingRows(sqlite, projectIds);
  const sourceCodes = new Map(capitalSourceList(sqlite).map((s) => [s.id, s.code]));
  const periods = planPeriods(sqlite);
  const medium = new Map(
    (
      sqlite
        .prepare('SELECT project_id AS p, source_id AS s, period_id AS period, amount_dong AS amount FROM medium_term_allocations WHERE project_id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(projectIds)) as { p: number; s: number; period: number; amount: number }[]
    ).map((m) => [`${m.p}|${m.s}|${m.period}`, m.amount]),
  );
  const sums = new Map<string, number>();
  for (const row of rows.values()) {
    const add = (key: string) => sums.set(key, (sums.get(key) ?? 0) + allocatedOf(row));
    add(`${row.projectId}|${row.sourceId}`);
    add(`${row.projectId}`);
    const period = periods.find((p) => row.year >= p.startYear && row.year <= p.endYear);
    if (period) add(`${row.projectId}|${row.sourceId}|p${period.id}`);
  }

  const warnings: ApplyEditsResult['warnings'] = [];
  for (const cell of cells) {
    const field = `y${cell.year}`;
    const project = projects.get(cell.projectId)!;
    const source = sourceCodes.get(cell.sourceId) ?? String(cell.sourceId);
    const row = rows.get(`${cell.projectId}|${cell.sourceId}|${cell.year}`);
    const messages: string[] = [];
    if (row) {
      const share = funding.get(`${cell.projectId}|${cell.sourceId}`)?.amountDong ?? 0;
      const total = [...funding.entries()].filter(([key]) => key.startsWith(`${cell.projectId}|`)).reduce((n, [, f]) => n + f.amountDong, 0);
      const allocated = allocatedOf(row);
      if (share === 0 && (allocated > 0 || row.disbursedDong > 0)) messages.push(`Dự án không có nguồn ${source} trong tổng mức đầu tư`);
      if (cell.year < project.startYear || cell.year > project.endYear) messages.push(`Năm ${cell.year} ngoài thời gian thực hiện ${project.startYear}–${project.endYear}`);
      if (project.stageCode === 'SUSPENDED' && allocated > 0) messages.push('Dự án đang tạm dừng');
      const sourceSum = sums.get(`${cell.projectId}|${cell.sourceId}`) ?? 0;
      if (share > 0 && sourceSum > share) messages.push(`Vốn ${source} đã giao (mọi năm) ${millions(sourceSum)} vượt phần vốn của nguồn ${millions(share)}`);
      const projectSum = sums.get(`${cell.projectId}`) ?? 0;
      if (total > 0 && projectSum > total) messages.push(`Tổng vốn đã giao ${millions(projectSum)} vượt tổng mức đầu tư ${millions(total)}`);
      const period = periods.find((p) => cell.year >= p.startYear && cell.year <= p.endYear);
      const planned = period ? medium.get(`${cell.projectId}|${cell.sourceId}|${period.id}`) : undefined;
      const inPeriod = period ? (sums.get(`${cell.projectId}|${cell.sourceId}|p${period.id}`) ?? 0) : 0;
      if (planned !== undefined && inPeriod > planned) messages.push(`Vốn ${source} giao trong kỳ ${period!.code} ${millions(inPeriod)} vượt kế hoạch trung hạn ${millions(planned)}`);
      if (row.disbursedDong > allocated) messages.push(`Giải ngân ${millions(row.disbursedDong)} vượt vốn giao năm ${cell.year} ${millions(allocated)}`);
      if (row.disbursedDong > 0 && !row.disbursedOn) messages.push('Chưa có ngày giải ngân');
      // A year's capital may be disbursed until 31 January of the next year.
      if (row.disbursedOn && (row.disbursedOn < `${cell.year}-01-01` || row.disbursedOn > `${cell.year + 1}-01-31`)) {
        messages.push(`Ngày giải ngân ${formatDate(row.disbursedOn)} ngoài thời hạn giải ngân vốn năm ${cell.year} (01/01/${cell.year}–31/01/${cell.year + 1})`);
      }
    }
    if (messages.length) warnings.push({ id: cell.rowId, field, message: messages.join('; ') });
  }
  return warnings;
}
