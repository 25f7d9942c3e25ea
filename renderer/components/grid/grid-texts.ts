import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../electron/api/text/format';

// The editable grid's own words, in both UI languages. Kept beside the component rather than in the app's shared
// texts so every page that uses the grid gets them without registering anything.

const n = (count: number) => formatNumber(count, 0);
const cells = (count: number) => `${n(count)} cell${count === 1 ? '' : 's'}`;
const rows = (count: number) => `${n(count)} row${count === 1 ? '' : 's'}`;

const vi = {
  totals: 'Tổng cộng',
  rowHeader: 'STT',
  open: 'Mở chi tiết',
  exportXlsx: 'Xuất Excel',
  exportCsv: 'Xuất CSV',
  exported: (rows: number, file: string) => `Đã xuất ${n(rows)} dòng vào ${file}`,
  saved: (cells: number) => `Đã ghi ${n(cells)} ô`,
  nothingSaved: 'Không có ô nào được ghi',
  problemsTitle: (count: number) => `${n(count)} ô không ghi được`,
  row: (index: number, label: string | null) => `Dòng ${n(index + 1)}${label ? ` (${label})` : ''}`,
  newRow: (index: number) => `Dòng mới ${n(index)}`,
  skippedReadOnly: (count: number) => `${n(count)} ô thuộc cột không sửa được đã bỏ qua`,
  skippedOutside: (count: number) => `${n(count)} ô nằm ngoài bảng đã bỏ qua`,
  skippedRows: (count: number) => `${n(count)} dòng dán thừa đã bỏ qua (bảng này không thêm dòng khi dán)`,
  addRowsTitle: (count: number) => `Thêm ${n(count)} dòng mới?`,
  addRowsBody: 'Khối dán dài hơn danh sách. Thêm các dòng thừa thành dòng mới, hay bỏ qua chúng?',
  addRowsOk: 'Thêm dòng',
  addRowsCancel: 'Bỏ qua',
  close: 'Đóng',
  noRows: 'Không có dòng nào',
  yes: 'Có',
  no: 'Không',
};

const en: typeof vi = {
  totals: 'Total',
  rowHeader: 'No.',
  open: 'Open details',
  exportXlsx: 'Export Excel',
  exportCsv: 'Export CSV',
  exported: (count, file) => `Exported ${rows(count)} to ${file}`,
  saved: (count) => `Saved ${cells(count)}`,
  nothingSaved: 'No cell was saved',
  problemsTitle: (count) => `${cells(count)} not saved`,
  row: (index, label) => `Row ${n(index + 1)}${label ? ` (${label})` : ''}`,
  newRow: (index) => `New row ${n(index)}`,
  skippedReadOnly: (count) => `${cells(count)} in read-only columns skipped`,
  skippedOutside: (count) => `${cells(count)} beyond the last column skipped`,
  skippedRows: (count) => `${rows(count)} pasted past the end skipped (this table adds no rows on paste)`,
  addRowsTitle: (count) => `Add ${count === 1 ? 'a new row' : `${n(count)} new rows`}?`,
  addRowsBody: 'The pasted block is longer than the list. Add the extra lines as new rows, or skip them?',
  addRowsOk: 'Add rows',
  addRowsCancel: 'Skip',
  close: 'Close',
  noRows: 'No rows',
  yes: 'Yes',
  no: 'No',
};

export type GridTexts = typeof vi;

export function useGridTexts(): GridTexts {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? en : vi;
}
