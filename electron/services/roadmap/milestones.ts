import type { Sqlite } from '../../../db/client';
import { lockedYears, type MilestoneRecord, milestoneRecords, milestoneRolloverHistory } from '../../../db/queries/roadmap';
import type { GridQuery } from '../../api/schemas/grid';
import type { DerivedStatus, HandStatus, MilestoneDetail, MilestoneGridRow, MilestonePage, StatusFilterValue } from '../../api/schemas/roadmap';
import { compareVietnamese, matchesSearch } from '../../api/text/vietnamese';
import { ServiceError } from '../service-error';
import { linkOf } from './links';
import { milestoneStatuses } from './milestone-statuses';

// The milestones register as the grid reads it: each row with its derived status beside the hand-set one. A roadmap
// has tens to a few hundred milestones, so the page is filtered, sorted and cut here rather than in SQL (the
// derived status is not a column).

export const yearLockedReason = (year: number) =>
  `Báo cáo năm ${year} đã được phê duyệt: mốc của năm này không sửa được (mở lại báo cáo, kèm lý do, để sửa).`;

export function milestoneRows(sqlite: Sqlite, asOf: string, ids?: readonly number[]): MilestoneGridRow[] {
  const records = milestoneRecords(sqlite, ids);
  const statuses = milestoneStatuses(sqlite, asOf, ids);
  const locked = lockedYears(sqlite);
  return records.map((m) => toRow(m, statuses.get(m.id)!, locked));
}

function toRow(m: MilestoneRecord, derived: DerivedStatus, locked: Set<number>): MilestoneGridRow {
  const link = linkOf(m);
  return {
    id: m.id,
    title: m.title,
    year: m.year,
    quarter: m.quarter,
    owner: m.owner,
    link: link?.value ?? null,
    linkKind: link?.kind ?? null,
    linkLabel: link?.label ?? null,
    targetId: m.targetId,
    keyTaskId: m.keyTaskId,
    projectId: m.projectId,
    status: m.status as HandStatus | null,
    statusNote: m.statusNote,
    notes: m.notes,
    derivedStatus: derived.status,
    derivedSource: derived.source,
    derivedReason: derived.reason,
    rollovers: m.rollovers,
    lockedReason: locked.has(m.year) ? yearLockedReason(m.year) : null,
  };
}

const statusKey = (row: MilestoneGridRow): StatusFilterValue => row.derivedStatus ?? 'none';

// Order of statuses when sorting by them: the worst first, as a planner scans for trouble.
const STATUS_RANK: Record<StatusFilterValue, number> = { missed: 0, at_risk: 1, on_track: 2, met: 3, none: 4 };

const FILTERS: Record<string, (row: MilestoneGridRow) => string | number | null> = {
  id: (r) => r.id,
  derivedStatus: statusKey,
  status: (r) => r.status ?? 'none',
  year: (r) => r.year,
  linkKind: (r) => r.linkKind ?? 'none',
  derivedSource: (r) => r.derivedSource,
};

function compareBy(field: string): (a: MilestoneGridRow, b: MilestoneGridRow) => number {
  if (field === 'derivedStatus') return (a, b) => STATUS_RANK[statusKey(a)] - STATUS_RANK[statusKey(b)];
  return (a, b) => {
    const x = (a as Record<string, unknown>)[field];
    const y = (b as Record<string, unknown>)[field];
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return typeof x === 'number' && typeof y === 'number' ? x - y : compareVietnamese(String(x), String(y));
  };
}

export function milestonePage(sqlite: Sqlite, query: GridQuery, asOf: string): MilestonePage {
  const all = milestoneRows(sqlite, asOf);
  const statusCounts: MilestonePage['statusCounts'] = { met: 0, on_track: 0, at_risk: 0, missed: 0, none: 0 };
  for (const row of all) statusCounts[statusKey(row)] += 1;
  let rows = all;
  for (const [field, accepted] of Object.entries(query.filters ?? {})) {
    if (!Object.hasOwn(FILTERS, field) || accepted.length === 0) continue;
    const wanted = new Set(accepted.map(String));
    rows = rows.filter((row) => wanted.has(String(FILTERS[field]!(row))));
  }
  const needle = query.search?.trim();
  if (needle) rows = rows.filter((r) => [r.title, r.owner, r.linkLabel, r.notes, r.statusNote].some((text) => text && matchesSearch(text, needle)));
  if (query.sort) {
    const compare = compareBy(query.sort.field);
    const sign = query.sort.direction === 'desc' ? -1 : 1;
    // Stable: equal keys keep the year-and-quarter order.
    rows = [...rows].sort((a, b) => sign * compare(a, b));
  }
  const offset = query.offset ?? 0;
  return { total: rows.length, rows: rows.slice(offset, offset + (query.limit ?? 100)), statusCounts, asOf };
}

export function milestoneDetail(sqlite: Sqlite, id: number, asOf: string): MilestoneDetail {
  const row = milestoneRows(sqlite, asOf, [id])[0];
  if (!row) throw new ServiceError('NOT_FOUND', `Không tìm thấy mốc lộ trình #${id}.`, { id });
  return { ...row, rolloverHistory: milestoneRolloverHistory(sqlite, id) };
}
