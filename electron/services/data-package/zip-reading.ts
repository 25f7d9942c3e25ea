import { inflateEntries, readDirectory, type ZipLimits } from '../import/zip-entries';
import { ServiceError } from '../service-error';
import { isSafeEntryName, PACKAGE_LIMITS } from './format';
import { rejected } from './rejection';

// The zip layer of a package, read with the import module's bomb-safe reader (entry count, declared sizes, inflation
// bounded by what each entry declares). Its refusals speak of spreadsheets, so they are re-said here for packages,
// with the stricter bounds a package can afford.

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

const PACKAGE_ZIP_LIMITS: ZipLimits = {
  zipEntries: PACKAGE_LIMITS.entries,
  unzippedBytes: PACKAGE_LIMITS.unzippedBytes,
  inflateRatio: PACKAGE_LIMITS.ratio,
  ratioGraceBytes: PACKAGE_LIMITS.ratioFloorBytes,
};

function asRejection(error: unknown, fileName: string): ServiceError {
  const details = error instanceof ServiceError ? error.details : {};
  const reason = details.reason;
  if (reason === 'ZIP_BOMB') {
    const why =
      typeof details.entries === 'number'
        ? `tệp nén chứa ${details.entries.toLocaleString('vi-VN')} mục, nhiều bất thường (gói dữ liệu có khoảng chục tệp)`
        : typeof details.declaredBytes === 'number'
          ? `nội dung giải nén ra ${mb(details.declaredBytes)}, vượt giới hạn ${mb(PACKAGE_LIMITS.unzippedBytes)}`
          : typeof details.ratio === 'number'
            ? `mục "${String(details.part)}" nén tới ${details.ratio.toLocaleString('vi-VN')} lần, bất thường (nghi là "bom nén")`
            : 'một mục giải nén ra nhiều hơn kích thước nó khai báo (nghi là "bom nén"); đã dừng để bảo vệ máy';
    return rejected('too_large', fileName, why);
  }
  if (reason === 'UNSUPPORTED_FORMAT') return rejected('too_large', fileName, 'tệp dùng định dạng ZIP64, quá lớn đối với một gói dữ liệu');
  if (reason === 'ENCRYPTED') return rejected('not_zip', fileName, 'tệp nén được đặt mật khẩu; gói dữ liệu không bao giờ có mật khẩu');
  return rejected('not_zip', fileName, 'tệp không phải tệp nén ZIP hoàn chỉnh (bị cắt cụt hoặc hỏng)');
}

/** Every file entry of the zip, inflated; refuses what is not a zip, too big, or names a path outside the package. */
export function readPackageEntries(bytes: Buffer, fileName: string): Map<string, Buffer> {
  if (bytes.length > PACKAGE_LIMITS.fileBytes) {
    throw rejected('too_large', fileName, `tệp nặng ${mb(bytes.length)}, vượt giới hạn ${mb(PACKAGE_LIMITS.fileBytes)} của một gói dữ liệu`);
  }
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw rejected('not_zip', fileName, 'tệp không phải tệp nén ZIP (gói dữ liệu là tệp .zip do ứng dụng xuất ra)');
  }
  try {
    const names = new Set<string>();
    for (const entry of readDirectory(bytes, fileName, PACKAGE_LIMITS.entries)) {
      if (!isSafeEntryName(entry.name)) {
        throw rejected('extra_file', fileName, `có mục tên không an toàn "${entry.name.slice(0, 120)}" (trỏ ra ngoài gói hoặc chứa ký tự không hợp lệ)`, {
          path: entry.name.slice(0, 200),
        });
      }
      if (names.has(entry.name)) throw rejected('extra_file', fileName, `mục "${entry.name}" xuất hiện hai lần trong tệp nén`, { path: entry.name });
      names.add(entry.name);
    }
    return inflateEntries(bytes, fileName, (name) => !name.endsWith('/'), PACKAGE_ZIP_LIMITS);
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'PACKAGE_REJECTED') throw error;
    throw asRejection(error, fileName);
  }
}
