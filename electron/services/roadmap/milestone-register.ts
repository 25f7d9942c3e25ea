import type { Sqlite } from '../../../db/client';
import type { LinkChoice } from '../../api/schemas/roadmap';
import { choiceReader, integerReader, textReader } from '../grid/field-parsers';
import type { RegisterSpec } from '../grid/field-spec';
import { milestoneRows } from './milestones';
import type { MilestoneGridRow } from '../../api/schemas/roadmap';

// The milestones register for the shared grid checks (electron/services/grid/validate-edits.ts): what each cell
// accepts. The link cell is one choice among targets, key tasks and projects; milestone-edits.ts spreads it over the
// three link columns.

export const HAND_STATUS_NAMES: Record<string, string[]> = {
  planned: ['Đã lên kế hoạch', 'Kế hoạch', 'Planned'],
  on_track: ['Đúng tiến độ', 'On track'],
  at_risk: ['Có nguy cơ chậm', 'Có nguy cơ', 'At risk'],
  met: ['Đã đạt', 'Đạt', 'Met'],
  missed: ['Không đạt', 'Missed'],
};

const QUARTERS = ['1', '2', '3', '4'].map((q) => ({ code: q, names: [`Quý ${q}`, `Q${q}`, `Quý ${['I', 'II', 'III', 'IV'][Number(q) - 1]}`] }));

export function milestoneRegister(sqlite: Sqlite, links: readonly LinkChoice[], asOf: string): RegisterSpec<MilestoneGridRow> {
  const text = (max: number) => textReader({ maxLength: max });
  const linkItems = () => links.map((l) => ({ code: l.value, names: [l.label, l.code, `${l.label.split(':')[0]}`] }));
  const statusItems = () => Object.entries(HAND_STATUS_NAMES).map(([code, names]) => ({ code, names }));
  const readOnly = 'Trạng thái tự tính từ chỉ tiêu hoặc dự án; không sửa tay được';
  return {
    table: 'milestones',
    noun: 'mốc lộ trình',
    load: (ids) => new Map(milestoneRows(sqlite, asOf, ids).map((row) => [row.id, row])),
    lockedReason: (row) => row.lockedReason,
    describe: (row) => `"${row.title.length > 60 ? `${row.title.slice(0, 59)}…` : row.title}"`,
    fields: [
      { field: 'title', header: 'Mốc', kind: 'text', column: 'title', required: true, parse: text(500) },
      { field: 'year', header: 'Năm', kind: 'year', column: 'year', required: true, parse: integerReader({ min: 2020, max: 2035 }) },
      { field: 'quarter', header: 'Quý', kind: 'choice', column: 'quarter', parse: choiceReader(() => QUARTERS, 'Quý'), toStored: (v) => (v === null ? null : Number(v)) },
      { field: 'owner', header: 'Đơn vị chủ trì', kind: 'text', column: 'owner', parse: text(300) },
      { field: 'link', header: 'Gắn với', kind: 'choice', column: 'link', parse: choiceReader(linkItems, 'Chỉ tiêu, nhiệm vụ hoặc dự án') },
      { field: 'status', header: 'Trạng thái đặt tay', kind: 'choice', column: 'status', parse: choiceReader(statusItems, 'Trạng thái') },
      { field: 'statusNote', header: 'Ghi chú trạng thái', kind: 'text', column: 'statusNote', parse: text(1000) },
      { field: 'notes', header: 'Ghi chú', kind: 'text', column: 'notes', parse: text(2000) },
      { field: 'derivedStatus', header: 'Trạng thái tự tính', kind: 'choice', readOnly },
      { field: 'derivedReason', header: 'Căn cứ', kind: 'text', readOnly },
      { field: 'rollovers', header: 'Số lần lùi', kind: 'integer', readOnly: 'Lùi mốc bằng nút "Lùi sang năm sau" trong chi tiết mốc' },
    ],
  };
}
