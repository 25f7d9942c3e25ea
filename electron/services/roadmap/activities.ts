import type { Sqlite } from '../../../db/client';
import { type ActivityRecord, activityRecords, lockedYears } from '../../../db/queries/roadmap';
import type { GridQuery } from '../../api/schemas/grid';
import type { ActivityRow } from '../../api/schemas/roadmap';
import { compareVietnamese, matchesSearch } from '../../api/text/vietnamese';
import { choiceReader, dateReader, integerReader, textReader } from '../grid/field-parsers';
import type { RegisterSpec } from '../grid/field-spec';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';

// Awareness activities (conferences, workshops, media, training) the programme asks provinces to report: a small
// register, edited in the shared grid; a year whose submission is approved keeps its activities as they were sent.

export const ACTIVITY_KIND_NAMES: Record<ActivityRecord['kind'], string[]> = {
  conference: ['Hội nghị', 'Conference'],
  workshop: ['Hội thảo, tọa đàm', 'Hội thảo', 'Tọa đàm', 'Workshop'],
  media: ['Truyền thông', 'Media'],
  training: ['Tập huấn, bồi dưỡng', 'Tập huấn', 'Bồi dưỡng', 'Training'],
};

const lockedReason = (year: number) => `Báo cáo năm ${year} đã được phê duyệt: hoạt động của năm này không sửa được (mở lại báo cáo để sửa).`;

export function activityRows(sqlite: Sqlite, ids?: readonly number[]): ActivityRow[] {
  const locked = lockedYears(sqlite);
  return activityRecords(sqlite, ids).map((a) => {
    const year = Number(a.heldOn.slice(0, 4));
    return { ...a, lockedReason: locked.has(year) ? lockedReason(year) : null };
  });
}

export function activityPage(sqlite: Sqlite, query: GridQuery) {
  let rows = activityRows(sqlite);
  const kinds = query.filters?.kind ?? [];
  if (kinds.length) rows = rows.filter((r) => kinds.includes(r.kind));
  const years = (query.filters?.year ?? []).map(Number);
  if (years.length) rows = rows.filter((r) => years.includes(Number(r.heldOn.slice(0, 4))));
  const needle = query.search?.trim();
  if (needle) rows = rows.filter((r) => [r.title, r.audience].some((text) => text && matchesSearch(text, needle)));
  if (query.sort) {
    const field = query.sort.field as keyof ActivityRow;
    const sign = query.sort.direction === 'desc' ? -1 : 1;
    rows = [...rows].sort((a, b) => {
      const [x, y] = [a[field], b[field]];
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : compareVietnamese(String(x), String(y)));
    });
  }
  const offset = query.offset ?? 0;
  return { total: rows.length, rows: rows.slice(offset, offset + (query.limit ?? 100)) };
}

export function activityRegister(sqlite: Sqlite): RegisterSpec<ActivityRow> {
  const kinds = () => Object.entries(ACTIVITY_KIND_NAMES).map(([code, names]) => ({ code, names }));
  return {
    table: 'awareness_activities',
    noun: 'hoạt động truyền thông',
    load: (ids) => new Map(activityRows(sqlite, ids).map((row) => [row.id, row])),
    lockedReason: (row) => row.lockedReason,
    describe: (row) => `"${row.title.length > 60 ? `${row.title.slice(0, 59)}…` : row.title}"`,
    fields: [
      { field: 'heldOn', header: 'Ngày', kind: 'date', column: 'heldOn', required: true, parse: dateReader() },
      { field: 'kind', header: 'Hình thức', kind: 'choice', column: 'kind', required: true, parse: choiceReader(kinds, 'Hình thức') },
      { field: 'title', header: 'Nội dung', kind: 'text', column: 'title', required: true, parse: textReader({ maxLength: 500 }) },
      { field: 'audience', header: 'Đối tượng', kind: 'text', column: 'audience', parse: textReader({ maxLength: 500 }) },
      { field: 'participants', header: 'Số người tham dự', kind: 'integer', column: 'participants', parse: integerReader({ min: 0, max: 10_000_000 }) },
    ],
  };
}

export function deleteActivity(sqlite: Sqlite, author: Author, id: number) {
  const activity = activityRows(sqlite, [id])[0];
  if (!activity) throw new ServiceError('NOT_FOUND', `Không tìm thấy hoạt động #${id}.`, { id });
  if (activity.lockedReason) throw new ServiceError('YEAR_LOCKED', activity.lockedReason, { id });
  const changes: Change[] = [{ op: 'delete', table: 'awareness_activities', id }];
  const result = applyChanges(sqlite, author, { action: 'roadmap.deleteActivity', label: `Xóa hoạt động "${activity.title}"`, changes });
  return { changeSetId: result.changeSetId };
}
