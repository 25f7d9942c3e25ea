import type { Sqlite } from '../../../db/client';
import { lockedYears, milestoneRecords } from '../../../db/queries/roadmap';
import type { RollOverInput } from '../../api/schemas/roadmap';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';
import { milestoneStatuses } from './milestone-statuses';

// ROLLING A MILESTONE OVER: an unfinished milestone moves to a later year (and quarter) with the planner's reason.
// One change set updates the milestone and appends its history row, so one undo takes back both. A milestone that
// is met (derived, or set by hand where nothing derives it) has nothing left to roll over.

const when = (year: number, quarter: number | null) => (quarter ? `quý ${quarter}/${year}` : `năm ${year}`);

export function rollOverMilestone(sqlite: Sqlite, author: Author, input: RollOverInput, asOf: string) {
  const milestone = milestoneRecords(sqlite, [input.id])[0];
  if (!milestone) throw new ServiceError('NOT_FOUND', `Không tìm thấy mốc lộ trình #${input.id}.`, { id: input.id });
  const reason = input.reason.normalize('NFC').trim();
  if (!reason) throw new ServiceError('INVALID_INPUT', 'Cần ghi lý do lùi mốc (lý do được lưu trong lịch sử của mốc).', { field: 'reason' });
  if (input.toYear <= milestone.year) {
    throw new ServiceError('INVALID_INPUT', `Năm mới (${input.toYear}) phải sau năm hiện tại của mốc (${milestone.year}).`, { field: 'toYear', year: milestone.year });
  }
  const derived = milestoneStatuses(sqlite, asOf, [input.id]).get(input.id)!;
  if (derived.status === 'met') {
    throw new ServiceError('CONSTRAINT_VIOLATION', `Mốc "${milestone.title}" đã đạt (${derived.reason}), không cần lùi sang năm sau.`, { status: 'met', source: derived.source });
  }
  const locked = lockedYears(sqlite);
  for (const year of [milestone.year, input.toYear]) {
    if (locked.has(year)) {
      throw new ServiceError(
        'YEAR_LOCKED',
        `Báo cáo năm ${year} đã được phê duyệt nên không lùi được mốc ${year === milestone.year ? 'của' : 'sang'} năm ${year}. Muốn lùi, mở lại báo cáo năm ${year} (kèm lý do) trước.`,
        { year },
      );
    }
  }
  const toQuarter = input.toQuarter ?? null;
  const result = applyChanges(sqlite, author, {
    action: 'roadmap.rollOver',
    label: `Lùi mốc "${milestone.title}" từ ${when(milestone.year, milestone.quarter)} sang ${when(input.toYear, toQuarter)}`,
    changes: [
      { op: 'update', table: 'milestones', id: milestone.id, set: { year: input.toYear, quarter: toQuarter } },
      {
        op: 'insert',
        table: 'milestone_rollovers',
        values: { milestoneId: milestone.id, fromYear: milestone.year, fromQuarter: milestone.quarter, toYear: input.toYear, toQuarter, reason, rolledOn: author.at },
      },
    ],
  });
  return { changeSetId: result.changeSetId, year: input.toYear, quarter: toQuarter };
}
