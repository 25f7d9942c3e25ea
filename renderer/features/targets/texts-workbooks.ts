// Texts of the entry-workbook tab: sending workbooks out and taking them back in.
const vi = {
  intro:
    'Mỗi cơ sở nhận một tệp Excel có sẵn số liệu Sở đang có; cơ sở điền vào các ô nền vàng rồi gửi lại. Khi đọc lại, ứng dụng kiểm tra phiếu đúng tỉnh, đúng năm, đúng cơ sở, rồi cho xem từng ô thay đổi để chọn nhận.',
  exportTitle: 'Gửi phiếu cho cơ sở',
  exportAll: 'Tạo phiếu cho tất cả cơ sở năm {{year}}…',
  exportOne: 'Tạo phiếu cho một cơ sở…',
  pickInstitution: 'Chọn cơ sở',
  exported: 'Đã tạo {{count}} phiếu trong thư mục {{folder}}',
  cancelled: 'Đã hủy.',
  importTitle: 'Nhận phiếu đã điền',
  import: 'Đọc các phiếu đã điền…',
  rejectedTitle: 'Phiếu không nhận',
  noChanges: 'Không có thay đổi so với số liệu hiện có.',
  diffTitle: 'Khác biệt so với số liệu hiện có (năm {{year}})',
  columns: { indicator: 'Chỉ số', old: 'Hiện có', new: 'Trong phiếu', comment: 'Ghi chú', note: 'Kiểm tra' },
  file: 'Tệp: {{file}}',
  selectAll: 'Chọn tất cả các ô nhận được',
  apply: 'Nhận {{count}} ô đã chọn',
  applied: 'Đã nhận {{count}} ô (một bước hoàn tác).',
  notApplied: '{{count}} ô không nhận: {{first}}',
  blank: '(trống)',
  cellsChanged: '{{count}} ô thay đổi',
  taken: 'Đã nhận',
};

const en: typeof vi = {
  intro:
    'Each institution gets an Excel file prefilled with the department’s figures; it fills the yellow cells and sends it back. On reading it back, the app checks the province, year and institution, then shows every changed cell for you to accept.',
  exportTitle: 'Send workbooks to institutions',
  exportAll: 'Make workbooks for every institution of {{year}}…',
  exportOne: 'Make a workbook for one institution…',
  pickInstitution: 'Choose an institution',
  exported: '{{count}} workbooks made in {{folder}}',
  cancelled: 'Cancelled.',
  importTitle: 'Take filled workbooks in',
  import: 'Read filled workbooks…',
  rejectedTitle: 'Workbooks refused',
  noChanges: 'No change from the figures held.',
  diffTitle: 'Differences from the figures held ({{year}})',
  columns: { indicator: 'Indicator', old: 'Held', new: 'In the workbook', comment: 'Comment', note: 'Check' },
  file: 'File: {{file}}',
  selectAll: 'Select every cell that can be taken',
  apply: 'Take the {{count}} selected cells',
  applied: '{{count}} cells taken (one undo step).',
  notApplied: '{{count}} cells not taken: {{first}}',
  blank: '(blank)',
  cellsChanged: '{{count}} cells changed',
  taken: 'Taken',
};

export const workbookTexts = { vi, en };
