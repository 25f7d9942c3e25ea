// Texts of the backups page and of the start page's restore offer, Vietnamese first; the i18next namespace 'backups'.
const vi = {
  title: 'Sao lưu và khôi phục',
  intro:
    'Ứng dụng tự sao lưu tệp đang mở: một bản mỗi ngày khi mở tệp (giữ 10 bản gần nhất), trước mỗi lần nâng cấp lược đồ (giữ tất cả), trước mỗi lần nhập dữ liệu và mỗi lần khôi phục (giữ 10 bản gần nhất mỗi loại).',
  file: 'Tệp đang mở',
  folder: 'Thư mục sao lưu',
  saveCopy: 'Lưu bản sao…',
  saveCopyHint: 'Ghi một bản sao đầy đủ của tệp ra nơi bạn chọn (ví dụ ổ USB) để lưu trữ hoặc chuyển sang máy khác.',
  saved: 'Đã lưu bản sao: {{path}}',
  cancelled: 'Đã hủy, không lưu bản sao.',
  columns: {
    createdAt: 'Thời điểm',
    reason: 'Lý do',
    size: 'Dung lượng',
    schemaVersion: 'Lược đồ',
    province: 'Tỉnh',
  },
  reasons: {
    daily: 'Tự động khi mở tệp',
    migration: 'Trước khi nâng cấp lược đồ',
    import: 'Trước khi nhập dữ liệu',
    restore: 'Trước khi khôi phục',
    other: 'Khác',
  },
  restore: 'Khôi phục',
  notRestorable: 'Không dùng được',
  notRestorableHint: 'Bản sao lưu bị hỏng, không đọc được hoặc do phiên bản ứng dụng mới hơn tạo ra.',
  confirmTitle: 'Khôi phục bản sao lưu lúc {{time}}?',
  confirmBody:
    'Dữ liệu của tệp sẽ trở về như lúc đó. Trước khi khôi phục, trạng thái hiện tại được sao lưu (lý do "Trước khi khôi phục"), nên bạn có thể quay lại bất cứ lúc nào.',
  cancel: 'Hủy',
  restoring: 'Đang khôi phục…',
  restored: 'Đã khôi phục bản sao lưu lúc {{time}}. Trạng thái trước đó đã được sao lưu.',
  empty: 'Chưa có bản sao lưu nào của tệp này. Bản đầu tiên được tạo khi tệp có thay đổi và được mở lại.',
  automaticFailed: 'Không tạo được bản sao lưu tự động hôm nay',
  refused: {
    title: 'Không mở được tệp {{name}}',
    checking: 'Đang tìm bản sao lưu của tệp…',
    newest: 'Có {{count}} bản sao lưu của tệp này. Bản mới nhất còn dùng được: {{time}} ({{reason}}).',
    noBackups: 'Không có bản sao lưu nào của tệp này trong thư mục sao lưu.',
    noGood: 'Có {{count}} bản sao lưu của tệp này nhưng không bản nào dùng được.',
    restoreNewest: 'Khôi phục bản mới nhất',
    others: 'Các bản sao lưu khác',
    restoreThis: 'Khôi phục bản này',
    confirmTitle: 'Khôi phục tệp từ bản sao lưu lúc {{time}}?',
    confirmBody:
      'Tệp hiện tại không bị xóa hay ghi đè: nó được đổi tên (thêm đuôi .hong-…) và để nguyên bên cạnh. Bản sao lưu được đặt vào đúng tên tệp rồi mở ra. Những thay đổi sau thời điểm sao lưu sẽ không có trong tệp khôi phục.',
    confirmBodyTooNew:
      'Tệp hiện tại không bị xóa hay ghi đè: nó được đổi tên (thêm đuôi .moi-hon-…) và để nguyên bên cạnh, để mở lại sau khi cập nhật ứng dụng. Những thay đổi sau thời điểm sao lưu sẽ không có trong tệp khôi phục.',
    tooNewHint: 'Cách tốt nhất là cập nhật ứng dụng rồi mở lại tệp. Chỉ khôi phục bản cũ khi cần làm việc ngay.',
    restored: 'Đã khôi phục. Tệp cũ được giữ lại với tên {{name}}.',
    dismiss: 'Đóng',
  },
};

const en: typeof vi = {
  title: 'Backups and restore',
  intro:
    'The app backs up the open file by itself: one copy a day when the file is opened (the newest 10 are kept), before every schema upgrade (all kept), before every import and every restore (the newest 10 of each).',
  file: 'Open file',
  folder: 'Backup folder',
  saveCopy: 'Save a copy…',
  saveCopyHint: 'Writes a complete copy of the file where you choose (e.g. a USB drive) to archive it or move it to another PC.',
  saved: 'Copy saved: {{path}}',
  cancelled: 'Cancelled; no copy saved.',
  columns: {
    createdAt: 'Time',
    reason: 'Reason',
    size: 'Size',
    schemaVersion: 'Schema',
    province: 'Province',
  },
  reasons: {
    daily: 'Automatic, on opening',
    migration: 'Before a schema upgrade',
    import: 'Before an import',
    restore: 'Before a restore',
    other: 'Other',
  },
  restore: 'Restore',
  notRestorable: 'Unusable',
  notRestorableHint: 'The backup is damaged, unreadable, or was made by a newer version of the app.',
  confirmTitle: 'Restore the backup of {{time}}?',
  confirmBody:
    'The file’s data goes back to how it was then. Before restoring, the current state is backed up (reason "Before a restore"), so you can always go back.',
  cancel: 'Cancel',
  restoring: 'Restoring…',
  restored: 'Restored the backup of {{time}}. The state before was backed up.',
  empty: 'No backup of this file yet. The first one is made when the file has changes and is opened again.',
  automaticFailed: 'Today’s automatic backup could not be written',
  refused: {
    title: 'Could not open {{name}}',
    checking: 'Looking for backups of this file…',
    newest: '{{count}} backups of this file exist. The newest usable one: {{time}} ({{reason}}).',
    noBackups: 'There is no backup of this file in the backup folder.',
    noGood: '{{count}} backups of this file exist, but none is usable.',
    restoreNewest: 'Restore the newest',
    others: 'Other backups',
    restoreThis: 'Restore this one',
    confirmTitle: 'Restore the file from the backup of {{time}}?',
    confirmBody:
      'The current file is neither deleted nor overwritten: it is renamed (suffix .hong-…) and kept beside it. The backup is put under the file’s name and opened. Changes made after the backup are not in the restored file.',
    confirmBodyTooNew:
      'The current file is neither deleted nor overwritten: it is renamed (suffix .moi-hon-…) and kept beside it, to open again after updating the app. Changes made after the backup are not in the restored file.',
    tooNewHint: 'Best: update the app and open the file again. Restore an older backup only if you must work now.',
    restored: 'Restored. The old file was kept as {{name}}.',
    dismiss: 'Close',
  },
};

export const texts = { vi, en };
