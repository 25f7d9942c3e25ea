import type { Sqlite } from '../../../db/client';
import { capitalSourceList, planPeriods, projectFacts, splitRowId } from '../../../db/queries/capital-matrix';
import { mediumTermRows, mediumTermRowsOf, type MediumTermView } from '../../../db/queries/capital-medium-term';
import type { ApplyEditsResult, CellProblem, CellValue } from '../../api/schemas/grid';
import { formatNumber } from '../../api/text/format';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import { CANCELLED_LOCK } from './matrix';
import { millions, readMoney } from './money';

// Medium-term plans: per project and source, the amount planned for each five-year period (cells m2021_2025…),
// shown beside the annual allocations of the period (a2021_2025…, read-only). The five-year plan should cover
// what the annual plans allocate and stay within the source's share of the total investment.

export const periodField = (code: string) => `m${code.replace('-', '_')}`;
export const allocatedField = (code: string) => `a${code.replace('-', '_')}`;

export function readMediumTerm(sqlite: Sqlite, query: MediumTermView & { offset: number; limit: number }) {
  const periods = planPeriods(sqlite);
  const data = mediumTermRows(sqlite, query);
  const sources = new Map(capitalSourceList(sqlite).map((s) => [s.code, s.id]));
  const rows = data.rows.map(({ sourceOrder: _o, ...row }) => {
    const sourceId = sources.get(row.sourceCode)!;
    const cells: Record<string, number | null> = {};
    const warnings: Record<string, string> = {};
    let planned = 0;
    for (const period of periods) {
      const m = data.medium.find((x) => x.projectId === row.projectId && x.sourceId === sourceId && x.periodCode === period.code);
      const a = data.annual.find((x) => x.projectId === row.projectId && x.sourceId === sourceId && x.periodCode === period.code);
      cells[periodField(period.code)] = m?.amountDong ?? null;
      cells[allocatedField(period.code)] = a?.amountDong ?? 0;
      planned += m?.amountDong ?? 0;
      if (m && a && a.amountDong > m.amountDong) {
        warnings[periodField(period.code)] = `Các năm ${period.code} đã giao ${millions(a.amountDong)}, vượt kế hoạch trung hạn ${millions(m.amountDong)}`;
      }
    }
    if (planned > row.fundingDong) {
      warnings.fundingDong = row.fundingDong === 0
        ? `Dự án không có nguồn ${row.sourceCode} trong tổng mức đầu tư`
        : `Kế hoạch trung hạn ${millions(planned)} vượt phần vốn của nguồn ${millions(row.fundingDong)}`;
    }
    return { ...row, cells, warnings, locked: row.stageCode === 'CANCELLED' ? CANCELLED_LOCK : null };
  });
  return { total: data.total, rows, periods: periods.map(({ id: _id, ...p }) => p) };
}

export function applyMediumTermEdits(
  sqlite: Sqlite,
  author: Author,
  request: { edits: { id: number; field: string; value: CellValue }[]; label?: string | undefined },
): ApplyEditsResult {
  const periods = planPeriods(sqlite);
  const byField = new Map(periods.map((p) => [periodField(p.code), p]));
  const sourceIds = new Set(capitalSourceList(sqlite).map((s) => s.id));
  const projects = projectFacts(sqlite, request.edits.map((e) => splitRowId(e.id).projectId));
  const rejected: CellProblem[] = [];
  const accepted: { projectId: number; sourceId: number; periodId: number; value: number | null }[] = [];
  const last = new Map(request.edits.map((e) => [`${e.id}\u0000${e.field}`, e]));
  for (const edit of last.values()) {
    const reject = (code: CellProblem['code'], message: string) => rejected.push({ id: edit.id, field: edit.field, code, message });
    const { projectId, sourceId } = splitRowId(edit.id);
    const project = projects.get(projectId);
    const period = byField.get(edit.field);
    if (!project || !sourceIds.has(sourceId)) reject('NOT_FOUND', `Không tìm thấy dòng #${edit.id}`);
    else if (!period) reject(edit.field.startsWith('a') ? 'READ_ONLY' : 'INVALID', edit.field.startsWith('a') ? 'Vốn đã giao trong kỳ tính từ kế hoạch năm' : `Không có kỳ kế hoạch "${edit.field}"`);
    else {
      const parsed = readMoney(edit.value);
      if (!parsed.ok) reject('INVALID', parsed.reason);
      else if (project.stageCode === 'CANCELLED' && (parsed.value ?? 0) > 0) reject('LOCKED', CANCELLED_LOCK);
      else accepted.push({ projectId, sourceId, periodId: period.id, value: parsed.value });
    }
  }
  const existing = mediumTermRowsOf(sqlite, [...new Set(accepted.map((a) => a.projectId))]);
  const changes: Change[] = [];
  for (const cell of accepted) {
    const row = existing.get(`${cell.projectId}|${cell.sourceId}|${cell.periodId}`);
    if (row && cell.value === null) changes.push({ op: 'delete', table: 'medium_term_allocations', id: row.id });
    else if (row && cell.value !== null) changes.push({ op: 'update', table: 'medium_term_allocations', id: row.id, set: { amountDong: cell.value } });
    else if (cell.value !== null) changes.push({ op: 'insert', table: 'medium_term_allocations', values: { projectId: cell.projectId, sourceId: cell.sourceId, periodId: cell.periodId, amountDong: cell.value } });
  }
  const label = request.label?.replace('{n}', formatNumber(accepted.length, 0)) ?? `Kế hoạch trung hạn: sửa ${formatNumber(accepted.length, 0)} ô`;
  const result = changes.length ? applyChanges(sqlite, author, { action: 'capital.applyMediumTermEdits', label, changes }) : { changeSetId: null };
  return { applied: accepted.length, insertedIds: [], rejected, warnings: [], changeSetId: result.changeSetId };
}
