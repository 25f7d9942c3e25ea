import type { Sqlite } from '../../../db/client';
import { lockedYears, milestoneRecords, rolloverIdsOf } from '../../../db/queries/roadmap';
import type { ApplyEditsResult, CellProblem } from '../../api/schemas/grid';
import type { LinkChoice, MilestoneGridRow } from '../../api/schemas/roadmap';
import { formatNumber } from '../../api/text/format';
import type { PublicValue, RegisterSpec } from '../grid/field-spec';
import { type EditBatch, judgeBatch, newRowId } from '../grid/validate-edits';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';
import { linkColumns } from './links';
import { yearLockedReason } from './milestones';

// Cell edits and new milestones, written as ONE change set (one undo) like every grid; what differs from the generic
// writer (grid/apply-grid-edits.ts) is the link cell, which sets one of three columns and clears the other two, and
// the year lock, judged cell by cell here so one locked year does not refuse a whole paste.

export interface MilestoneEditRequest extends EditBatch {
  label?: string | undefined;
}

export function applyMilestoneEdits(
  sqlite: Sqlite,
  author: Author,
  register: RegisterSpec<MilestoneGridRow>,
  links: readonly LinkChoice[],
  request: MilestoneEditRequest,
): ApplyEditsResult {
  const verdicts = judgeBatch(register, request);
  const locked = lockedYears(sqlite);
  const rejected: CellProblem[] = [...verdicts.rejected];
  const specs = new Map(register.fields.map((spec) => [spec.field, spec]));

  const stored = (values: Record<string, PublicValue>, id: number): Record<string, unknown> | null => {
    const out: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(values)) {
      if (field === 'link') {
        const columns = linkColumns(links, value === null ? null : String(value));
        if (!columns) {
          rejected.push({ id, field, code: 'NOT_FOUND', message: `Không tìm thấy "${String(value)}" để gắn mốc` });
          continue;
        }
        Object.assign(out, columns);
        continue;
      }
      if (field === 'year' && typeof value === 'number' && locked.has(value)) {
        rejected.push({ id, field, code: 'LOCKED', message: yearLockedReason(value) });
        if (id < 0) return null;
        continue;
      }
      const spec = specs.get(field)!;
      out[spec.column!] = spec.toStored ? spec.toStored(value) : value;
    }
    return out;
  };

  const changes: Change[] = [];
  let cells = 0;
  let edited = 0;
  for (const [id, set] of verdicts.updates) {
    const values = stored(set, id)!;
    if (Object.keys(values).length === 0) continue;
    changes.push({ op: 'update', table: 'milestones', id, set: values } as Change);
    cells += Object.keys(set).length;
    edited += 1;
  }
  let added = 0;
  for (const insert of verdicts.inserts) {
    const values = stored(insert.values, newRowId(insert.index));
    if (!values) continue;
    changes.push({ op: 'insert', table: 'milestones', values } as Change);
    cells += Object.keys(insert.values).length;
    added += 1;
  }
  rejected.sort((a, b) => a.id - b.id || a.field.localeCompare(b.field));
  if (changes.length === 0) return { applied: 0, insertedIds: [], rejected, warnings: [], changeSetId: null };

  const first = verdicts.current.get([...verdicts.updates.keys()][0] ?? -1);
  const label =
    request.label?.replace('{n}', formatNumber(cells, 0)) ??
    [added ? `Thêm ${formatNumber(added, 0)} mốc lộ trình` : '', edited === 1 && first ? `sửa mốc ${register.describe(first)}` : edited > 1 ? `sửa ${formatNumber(edited, 0)} mốc lộ trình` : '']
      .filter(Boolean)
      .join(', ')
      .replace(/^./, (c) => c.toUpperCase());
  const result = applyChanges(sqlite, author, { action: 'roadmap.applyMilestoneEdits', label, changes });
  return { applied: cells, insertedIds: result.insertedIds, rejected, warnings: [], changeSetId: result.changeSetId };
}

/** Removes a milestone and its roll-over history in one change (undo brings both back). */
export function deleteMilestone(sqlite: Sqlite, author: Author, id: number) {
  const milestone = milestoneRecords(sqlite, [id])[0];
  if (!milestone) throw new ServiceError('NOT_FOUND', `Không tìm thấy mốc lộ trình #${id}.`, { id });
  if (lockedYears(sqlite).has(milestone.year)) throw new ServiceError('YEAR_LOCKED', yearLockedReason(milestone.year), { id, year: milestone.year });
  const changes: Change[] = rolloverIdsOf(sqlite, id).map((rolloverId): Change => ({ op: 'delete', table: 'milestone_rollovers', id: rolloverId }));
  changes.push({ op: 'delete', table: 'milestones', id });
  const result = applyChanges(sqlite, author, { action: 'roadmap.deleteMilestone', label: `Xóa mốc lộ trình "${milestone.title}" (${milestone.year})`, changes });
  return { changeSetId: result.changeSetId };
}
