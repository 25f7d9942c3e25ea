import type { WorkbookLimits } from '../../import/safe-workbook';
import type { ServiceError } from '../../service-error';

// An entry workbook is a form of ours: three sheets, a few hundred cells, tens of kilobytes, whether it comes back
// from Excel or LibreOffice. The bounds are far above that and far below the institution import's, so a file that
// is not a form is refused before much work is spent on it.

export const ENTRY_LIMITS = {
  /** On disk. */
  fileBytes: 5 * 1024 * 1024,
  /** Zip entries: Excel and LibreOffice write 10–30. */
  zipEntries: 500,
  /** Declared size of the parts read (sheets, shared strings, styles, workbook); a form unzips to well under 1 MB. */
  unzippedBytes: 20 * 1024 * 1024,
  /** A part above a megabyte that shrank more than a hundredfold is filler, not figures someone typed. */
  inflateRatio: 100,
  ratioGraceBytes: 1024 * 1024,
  /** Cells holding a value, over the three sheets. */
  cells: 100_000,
  /** Indicator rows on the data sheet (the catalogue has tens). */
  rows: 2_000,
} as const satisfies WorkbookLimits & Record<string, number>;

/**
 * The shared reader's refusal, said for a form: which file, what is wrong, what to do. Its own messages speak of
 * import lists ("split the file"), advice that does not fit a form the department sent out.
 */
export function refusalOf(error: ServiceError, name: string): string {
  const details = error.details as { reason?: string; declaredBytes?: number; cells?: number; entries?: number; ratio?: number; lied?: boolean };
  const guard = 'không phải phiếu nhập liệu; đã từ chối để bảo vệ máy.';
  switch (details.reason) {
    case 'ZIP_BOMB':
      if (details.entries !== undefined) return `Tệp “${name}” chứa ${details.entries.toLocaleString('vi-VN')} phần nén, nhiều bất thường (có thể là “bom nén”), ${guard}`;
      if (details.ratio !== undefined) return `Tệp “${name}” có phần nén tới ${details.ratio.toLocaleString('vi-VN')} lần (có thể là “bom nén”), ${guard}`;
      if (details.declaredBytes !== undefined) return `Tệp “${name}” giải nén ra ${megabytes(details.declaredBytes)} (có thể là “bom nén”), ${guard}`;
      return `Tệp “${name}” giải nén ra nhiều hơn kích thước nó khai báo (có thể là “bom nén”), ${guard}`;
    case 'TOO_MANY_CELLS':
      return `Tệp “${name}” có khoảng ${(details.cells ?? 0).toLocaleString('vi-VN')} ô dữ liệu, quá nhiều đối với một phiếu nhập liệu; không nhận tệp này.`;
    case 'ENCRYPTED':
      return `Tệp “${name}” được đặt mật khẩu; hãy bỏ mật khẩu trong Excel rồi gửi lại phiếu.`;
    case 'UNSUPPORTED_FORMAT':
      return `Tệp “${name}” dùng định dạng nén không hỗ trợ (ZIP64), không phải phiếu nhập liệu.`;
    default:
      // DAMAGED: the shared message already says where and why; only the quotes change to the form's style.
      return error.message.replace(`"${name}"`, `“${name}”`);
  }
}

/** Sizes rounded up, so a file just over the limit never reads as exactly the limit. */
export const megabytes = (bytes: number) => `${(Math.ceil((bytes / 1024 / 1024) * 100) / 100).toLocaleString('vi-VN')} MB`;
