import type { Sqlite } from '../../../db/client';
import { approvedYears } from '../../../db/queries/submission';
import { formatDate } from '../../api/text/format';

/** Why an approved year cannot be edited, in the words every locked cell and refused edit shows. */
export function lockedReasonOf(row: { year: number; approvedAt: string | null; approvedBy: string | null }): string {
  const when = row.approvedAt ? ` ngày ${formatDate(row.approvedAt)}` : '';
  const who = row.approvedBy ? ` (${row.approvedBy})` : '';
  return `Báo cáo năm ${row.year} gửi Bộ đã được phê duyệt${when}${who}: số liệu năm ${row.year} đã khóa. Muốn sửa phải mở lại báo cáo (kèm lý do) ở trang Báo cáo gửi Bộ.`;
}

/**
 * Years locked by an approved submission, each with the reason a locked cell shows. Pages that edit a year's data
 * ask here to show the lock before anyone types; the triggers of migration 0003 refuse the write in any case.
 */
export function yearLocks(sqlite: Sqlite): Map<number, string> {
  return new Map(approvedYears(sqlite).map((row) => [row.year, lockedReasonOf(row)]));
}
