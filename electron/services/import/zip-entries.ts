import { inflateRawSync } from 'node:zlib';
import { damaged, refuse } from './import-error';
import { IMPORT_LIMITS, megabytes } from './limits';

// An xlsx is a zip. exceljs (through JSZip) inflates every entry whole and trusts it, so a few hundred kilobytes
// crafted to inflate to gigabytes would freeze the app. We read the central directory ourselves, refuse absurd
// declared sizes before inflating anything, and inflate only the parts we need with a hard output bound, so a
// lying size is caught by zlib instead of by the machine's memory. The bounds come from the caller: the
// institution import takes a department's big lists, an entry workbook is a small form of ours.

/** What a zip may hold before anything in it is inflated. */
export interface ZipLimits {
  /** Entries in the central directory: real workbooks have tens. */
  zipEntries: number;
  /** Sum of the declared uncompressed sizes of the parts we read. */
  unzippedBytes: number;
  /**
   * Declared uncompressed ÷ compressed size allowed for a part declaring more than `ratioGraceBytes`: a part that
   * shrank a thousandfold is filler, not a form someone typed into. Unset: no ratio bound.
   */
  inflateRatio?: number;
  ratioGraceBytes?: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface DirectoryEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function findEndOfDirectory(buffer: Buffer): number {
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= earliest; at -= 1) {
    if (buffer.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

export function readDirectory(buffer: Buffer, fileName: string, maxEntries: number = IMPORT_LIMITS.zipEntries): DirectoryEntry[] {
  if (buffer.length < 22) throw damaged(fileName, 'tệp quá ngắn, không phải bảng tính Excel hoàn chỉnh');
  const end = findEndOfDirectory(buffer);
  if (end < 0) throw damaged(fileName, 'tệp Excel bị cắt cụt hoặc hỏng (không thấy mục lục nén)');
  const count = buffer.readUInt16LE(end + 10);
  const size = buffer.readUInt32LE(end + 12);
  const offset = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    throw refuse('UNSUPPORTED_FORMAT', `Tệp "${fileName}" dùng định dạng nén ZIP64 (dành cho tệp rất lớn); ứng dụng không nhập loại tệp này.`, { fileName });
  }
  if (count > maxEntries) {
    throw refuse('ZIP_BOMB', `Tệp "${fileName}" chứa ${count} phần nén, nhiều bất thường; đã từ chối để bảo vệ máy.`, { fileName, entries: count });
  }
  if (offset + size > end) throw damaged(fileName, 'mục lục nén trỏ ra ngoài tệp');
  const entries: DirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || buffer.readUInt32LE(at) !== CENTRAL) throw damaged(fileName, 'mục lục nén bị hỏng');
    const flags = buffer.readUInt16LE(at + 8);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    if (at + 46 + nameLength > end) throw damaged(fileName, 'mục lục nén bị hỏng');
    entries.push({
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\/+/, ''),
      method: buffer.readUInt16LE(at + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The named parts, inflated. Refuses before inflating when the declared sizes add up beyond the limit or a big part
 * declares an absurd compression ratio, and while inflating when a part is bigger than it declared (the classic
 * bomb lies about its size).
 */
export function inflateEntries(
  buffer: Buffer,
  fileName: string,
  wanted: (name: string) => boolean,
  limits: ZipLimits = IMPORT_LIMITS,
): Map<string, Buffer> {
  const entries = readDirectory(buffer, fileName, limits.zipEntries).filter((e) => !e.name.endsWith('/') && wanted(e.name));
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.unzippedBytes) {
    throw refuse(
      'ZIP_BOMB',
      `Tệp "${fileName}" giải nén ra ${megabytes(declared)}, vượt giới hạn ${megabytes(limits.unzippedBytes)}; đã từ chối để bảo vệ máy. Hãy chia nhỏ tệp.`,
      { fileName, declaredBytes: declared },
    );
  }
  const ratioLimit = limits.inflateRatio;
  if (ratioLimit !== undefined) {
    const grace = limits.ratioGraceBytes ?? 0;
    const filler = entries.find((e) => e.uncompressedSize > grace && e.uncompressedSize > ratioLimit * Math.max(1, e.compressedSize));
    if (filler) {
      const ratio = Math.round(filler.uncompressedSize / Math.max(1, filler.compressedSize));
      throw refuse(
        'ZIP_BOMB',
        `Tệp "${fileName}" có phần "${filler.name}" nén tới ${ratio.toLocaleString('vi-VN')} lần (giới hạn ${ratioLimit.toLocaleString('vi-VN')} lần), bất thường đối với bảng tính; đã từ chối để bảo vệ máy.`,
        { fileName, part: filler.name, ratio },
      );
    }
  }
  const out = new Map<string, Buffer>();
  for (const entry of entries) {
    if (entry.encrypted) throw refuse('ENCRYPTED', `Tệp "${fileName}" được đặt mật khẩu; hãy bỏ mật khẩu trong Excel rồi nhập lại.`, { fileName });
    const local = entry.localOffset;
    if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL) throw damaged(fileName, `phần "${entry.name}" bị hỏng`);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const compressed = buffer.subarray(start, start + entry.compressedSize);
    if (compressed.length !== entry.compressedSize) throw damaged(fileName, `tệp bị cắt cụt ở phần "${entry.name}"`);
    let data: Buffer;
    if (entry.method === 0) data = compressed;
    else if (entry.method === 8) {
      try {
        data = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
          throw refuse('ZIP_BOMB', `Tệp "${fileName}" giải nén ra nhiều hơn kích thước nó khai báo; đã từ chối để bảo vệ máy.`, { fileName, part: entry.name, lied: true });
        }
        throw damaged(fileName, `phần "${entry.name}" không giải nén được`);
      }
    } else throw damaged(fileName, `phần "${entry.name}" dùng kiểu nén không hỗ trợ (${entry.method})`);
    if (data.length !== entry.uncompressedSize) throw damaged(fileName, `phần "${entry.name}" không đúng kích thước khai báo`);
    out.set(entry.name, data);
  }
  return out;
}
