import type { Language } from '../api/schemas/app';

/** Words the host itself shows (native menus and dialogs); the page has its own i18n. Vietnamese first. */
export const hostTexts = {
  vi: {
    productName: 'Kế hoạch CĐS GDNN',
    menu: {
      file: 'Tệp',
      openFile: 'Mở tệp…',
      closeFile: 'Đóng tệp',
      quit: 'Thoát',
      edit: 'Sửa',
      undo: 'Hoàn tác',
      redo: 'Làm lại',
      cut: 'Cắt',
      copy: 'Sao chép',
      paste: 'Dán',
      selectAll: 'Chọn tất cả',
      view: 'Xem',
      overview: 'Tổng quan',
      settings: 'Cài đặt',
      history: 'Lịch sử thay đổi',
      zoomIn: 'Phóng to',
      zoomOut: 'Thu nhỏ',
      resetZoom: 'Cỡ chữ mặc định',
      fullScreen: 'Toàn màn hình',
      reload: 'Tải lại (phát triển)',
      devTools: 'Công cụ phát triển',
      help: 'Trợ giúp',
      about: 'Giới thiệu',
    },
    dialog: {
      openTitle: 'Mở tệp dữ liệu tỉnh',
      saveTitle: 'Lưu tệp dữ liệu tỉnh mới',
      dataFilter: 'Dữ liệu tỉnh (*.sqlite)',
      errorTitle: 'Không thực hiện được',
      aboutDetail: (version: string) =>
        `Phiên bản ${version}\nLập và theo dõi kế hoạch chuyển đổi số giáo dục nghề nghiệp cấp tỉnh (Quyết định 2222/QĐ-TTg).\nỨng dụng chạy hoàn toàn ngoại tuyến.`,
      ok: 'Đóng',
    },
  },
  en: {
    productName: 'Vocational DX Planner',
    menu: {
      file: 'File',
      openFile: 'Open file…',
      closeFile: 'Close file',
      quit: 'Exit',
      edit: 'Edit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select all',
      view: 'View',
      overview: 'Overview',
      settings: 'Settings',
      history: 'Change history',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      resetZoom: 'Actual size',
      fullScreen: 'Full screen',
      reload: 'Reload (development)',
      devTools: 'Developer tools',
      help: 'Help',
      about: 'About',
    },
    dialog: {
      openTitle: 'Open a province data file',
      saveTitle: 'Save the new province data file',
      dataFilter: 'Province data (*.sqlite)',
      errorTitle: 'Could not be done',
      aboutDetail: (version: string) =>
        `Version ${version}\nPlans and tracks the digital transformation of vocational education in a province (Decision 2222/QĐ-TTg).\nRuns fully offline.`,
      ok: 'Close',
    },
  },
} as const satisfies Record<Language, unknown>;

export type HostTexts = (typeof hostTexts)[Language];
export const textsFor = (language: Language): HostTexts => hostTexts[language];
