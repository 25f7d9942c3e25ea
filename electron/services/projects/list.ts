import type { Sqlite } from '../../../db/client';
import { fundingGaps } from '../../../db/queries/funding-gap';
import { allocatedBySource, listProjectView, type ProjectListRow, type ProjectView } from '../../../db/queries/projects';
import { capitalSummary, documentsOf, keyTaskLinks, stageEventsOf } from '../../../db/queries/projects-detail';
import { loadGroupRules } from '../../../db/queries/projects-group';
import type { ProjectDetail, ProjectGridRow } from '../../api/schemas/projects';
import { projectFilterFields } from '../../api/schemas/projects';
import { ServiceError } from '../service-error';
import { deriveGroup } from './group';
import { missingBasis } from './stages';
import { warningsOf } from './warnings';

// Reading the register: rows from SQL, the derived group and the warnings added here (the group rule lives in one
// place, group.ts). A province holds tens to a few thousand projects, so the derived filter and paging run on the
// sorted view in memory; everything else is filtered and sorted in SQL.

export function checkedView<V extends ProjectView>(view: V): V {
  for (const field of Object.keys(view.filters ?? {})) {
    if (!(projectFilterFields as readonly string[]).includes(field)) throw new ServiceError('INVALID_INPUT', `Không lọc được theo "${field}".`, { field });
  }
  return view;
}

function withDerived(sqlite: Sqlite, rows: ProjectListRow[], today: string): ProjectGridRow[] {
  const rules = loadGroupRules(sqlite);
  const allocated = allocatedBySource(sqlite, rows.length > 200 ? null : rows.map((r) => r.id));
  return rows.map((row) => {
    const group = deriveGroup(rules, { totalDong: row.totalInvestmentDong, basisDate: row.basisDate, basisStage: row.basisStage }, today);
    const { basisDate: _b, basisStage: _s, stagesMissingBasis: _m, ...rest } = row;
    return { ...rest, groupCode: group.groupCode, groupReason: group.reason, warnings: warningsOf(row, allocated.get(row.id) ?? {}) };
  });
}

/** The whole filtered view with derived fields (exports, totals). */
export function projectView(sqlite: Sqlite, view: ProjectView, today: string): ProjectGridRow[] {
  const rows = withDerived(sqlite, listProjectView(sqlite, checkedView(view)), today);
  const groups = view.filters?.groupCode;
  const filtered = groups && groups.length ? rows.filter((row) => row.groupCode !== null && groups.includes(row.groupCode)) : rows;
  if (view.sort?.field === 'groupCode') {
    const sign = view.sort.direction === 'desc' ? -1 : 1;
    filtered.sort((a, b) => sign * (a.groupCode ?? 'Z').localeCompare(b.groupCode ?? 'Z'));
  }
  return filtered;
}

export function projectPage(sqlite: Sqlite, query: ProjectView & { offset: number; limit: number }, today: string) {
  const rows = projectView(sqlite, query, today);
  return { total: rows.length, rows: rows.slice(query.offset, query.offset + query.limit) };
}

export function projectTotals(sqlite: Sqlite, view: ProjectView, today: string) {
  const rows = projectView(sqlite, view, today);
  const funding: Record<string, number> = {};
  for (const row of rows) for (const [code, amount] of Object.entries(row.funding)) funding[code] = (funding[code] ?? 0) + amount;
  return { count: rows.length, totalInvestmentDong: rows.reduce((n, row) => n + row.totalInvestmentDong, 0), funding };
}

export function projectDetail(sqlite: Sqlite, id: number, today: string): ProjectDetail {
  const raw = listProjectView(sqlite, { filters: { id: [id] } })[0];
  if (!raw) throw new ServiceError('NOT_FOUND', `Không tìm thấy dự án #${id}.`, { id });
  const [row] = withDerived(sqlite, [raw], today);
  const group = deriveGroup(loadGroupRules(sqlite), { totalDong: raw.totalInvestmentDong, basisDate: raw.basisDate, basisStage: raw.basisStage }, today);
  const links = keyTaskLinks(sqlite, id);
  const documents = documentsOf(sqlite, id);
  const stages = stageEventsOf(sqlite, id).map(({ projectId: _p, ...event }) => ({
    ...event,
    missingBasis: missingBasis(event),
    documents: documents.filter((d) => d.stageEventId === event.id),
  }));
  const served = new Set<string>();
  if (raw.taskGroupCode) served.add(raw.taskGroupCode);
  for (const link of links) if (link.taskGroupCode) served.add(link.taskGroupCode);
  const gapDong = fundingGaps(sqlite, { projectIds: [id] }).reduce((n, gap) => n + gap.gapDong, 0);
  return {
    ...row!,
    group,
    taskGroupsServed: [...served].sort(),
    keyTaskIds: links.map((l) => l.keyTaskId),
    stages,
    documents: documents.filter((d) => d.stageEventId === null),
    capital: { ...capitalSummary(sqlite, id), gapDong },
  };
}
