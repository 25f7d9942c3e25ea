import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { SNAPSHOT_FORMAT_VERSION, type SubmissionSnapshot, submissionSnapshot } from '../../api/schemas/submission-snapshot';
import { foldVietnamese } from '../../api/text/vietnamese';
import { isSafeEntryName, MANIFEST_PATH, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type PackageManifest, packageManifest, SUBMISSION_PATH } from './format';
import { rejected, tooNew } from './rejection';
import { readPackageEntries } from './zip-reading';

// Verifies a data package before anything of it is used: the zip, the manifest, every file's size and SHA-256, no
// file more or less than listed, the data against its schema, and the manifest against the data. Any failure is a
// PACKAGE_REJECTED error with the reason; nothing here writes anywhere.

export interface VerifiedPackage {
  fileName: string;
  /** SHA-256 of the whole .zip: the package's identity in the consolidating file. */
  sha256: string;
  sizeBytes: number;
  bytes: Buffer;
  manifest: PackageManifest;
  snapshot: SubmissionSnapshot;
}

const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const sameName = (a: string, b: string) => foldVietnamese(a).replace(/\s+/g, ' ').trim() === foldVietnamese(b).replace(/\s+/g, ' ').trim();

function firstIssue(error: z.ZodError): { where: string; issues: { path: string; message: string }[] } {
  const issues = error.issues.slice(0, 5).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  return { where: issues[0]?.path || '(gốc)', issues };
}

function parseJson(data: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(data.toString('utf8').replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false };
  }
}

function readManifest(entries: Map<string, Buffer>, fileName: string): PackageManifest {
  const data = entries.get(MANIFEST_PATH);
  if (!data) throw rejected('no_manifest', fileName, `không có tệp kê khai ${MANIFEST_PATH}; đây không phải gói dữ liệu của ứng dụng`);
  const json = parseJson(data);
  if (!json.ok || !isRecord(json.value)) throw rejected('bad_manifest', fileName, `tệp kê khai ${MANIFEST_PATH} không phải JSON hợp lệ`);
  const { format, formatVersion } = json.value;
  if (format !== PACKAGE_FORMAT) {
    throw rejected('bad_manifest', fileName, `tệp kê khai không mang định dạng "${PACKAGE_FORMAT}"; đây không phải gói dữ liệu của ứng dụng`);
  }
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > PACKAGE_FORMAT_VERSION) {
    throw tooNew(fileName, formatVersion, PACKAGE_FORMAT_VERSION);
  }
  const parsed = packageManifest.safeParse(json.value);
  if (!parsed.success) {
    const { where, issues } = firstIssue(parsed.error);
    throw rejected('bad_manifest', fileName, `tệp kê khai ${MANIFEST_PATH} sai ở trường "${where}"`, { issues });
  }
  return parsed.data;
}

function checkListedFiles(manifest: PackageManifest, entries: Map<string, Buffer>, fileName: string): void {
  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (!isSafeEntryName(file.path) || file.path === MANIFEST_PATH) {
      throw rejected('bad_manifest', fileName, `tệp kê khai liệt kê đường dẫn không hợp lệ "${file.path.slice(0, 120)}"`, { path: file.path.slice(0, 200) });
    }
    if (listed.has(file.path)) throw rejected('bad_manifest', fileName, `tệp kê khai liệt kê "${file.path}" hai lần`, { path: file.path });
    listed.add(file.path);
  }
  const data = manifest.files.find((f) => f.path === SUBMISSION_PATH);
  if (!data || data.role !== 'data') throw rejected('bad_manifest', fileName, `tệp kê khai không liệt kê ${SUBMISSION_PATH} (vai trò "data")`);
  for (const file of manifest.files) {
    const bytes = entries.get(file.path);
    if (!bytes) throw rejected('missing_file', fileName, `thiếu tệp "${file.path}" có trong tệp kê khai`, { path: file.path });
    if (bytes.length !== file.sizeBytes) {
      throw rejected('hash_mismatch', fileName, `tệp "${file.path}" dài ${bytes.length} byte, tệp kê khai ghi ${file.sizeBytes} byte: nội dung đã bị thay đổi`, {
        path: file.path,
      });
    }
    if (sha256Of(bytes) !== file.sha256) {
      throw rejected('hash_mismatch', fileName, `mã băm SHA-256 của tệp "${file.path}" không khớp tệp kê khai: nội dung đã bị thay đổi sau khi xuất`, {
        path: file.path,
      });
    }
  }
  for (const path of entries.keys()) {
    if (path !== MANIFEST_PATH && !listed.has(path)) {
      throw rejected('extra_file', fileName, `có tệp "${path.slice(0, 120)}" không có trong tệp kê khai`, { path: path.slice(0, 200) });
    }
  }
}

function readSnapshot(data: Buffer, manifest: PackageManifest, fileName: string): SubmissionSnapshot {
  const json = parseJson(data);
  if (!json.ok) throw rejected('bad_data', fileName, `${SUBMISSION_PATH} không phải JSON hợp lệ`);
  const version = isRecord(json.value) ? json.value.formatVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > SNAPSHOT_FORMAT_VERSION) {
    throw rejected('too_new', fileName, `số liệu ${SUBMISSION_PATH} theo phiên bản ${version}, mới hơn ứng dụng (${SNAPSHOT_FORMAT_VERSION}): hãy cập nhật ứng dụng`, {
      snapshotFormatVersion: version,
    });
  }
  const parsed = submissionSnapshot.safeParse(json.value);
  if (!parsed.success) {
    const { where, issues } = firstIssue(parsed.error);
    throw rejected('bad_data', fileName, `số liệu ${SUBMISSION_PATH} sai cấu trúc ở trường "${where}"`, { issues });
  }
  const snapshot = parsed.data;
  if (snapshot.year < 2020 || snapshot.year > 2035) throw rejected('bad_data', fileName, `năm báo cáo ${snapshot.year} nằm ngoài khoảng 2020–2035`);
  if (!snapshot.province.name.trim()) throw rejected('bad_data', fileName, 'số liệu không ghi tên tỉnh');
  const mismatch = (what: string, inManifest: string | number, inData: string | number) =>
    rejected('inconsistent', fileName, `${what} trong tệp kê khai (${inManifest}) khác trong số liệu (${inData})`);
  if (manifest.year !== snapshot.year) throw mismatch('năm', manifest.year, snapshot.year);
  if (snapshot.submission.year !== snapshot.year) throw mismatch('năm của văn bản báo cáo', snapshot.year, snapshot.submission.year);
  if (!sameName(manifest.province.name, snapshot.province.name)) throw mismatch('tên tỉnh', manifest.province.name, snapshot.province.name);
  if (manifest.snapshotFormatVersion !== snapshot.formatVersion) throw mismatch('phiên bản số liệu', manifest.snapshotFormatVersion, snapshot.formatVersion);
  const declared = [...manifest.province.predecessors].map((n) => foldVietnamese(n)).sort().join('|');
  const inData = snapshot.province.predecessors.map((p) => foldVietnamese(p.name)).sort().join('|');
  if (declared !== inData) throw mismatch('danh sách tỉnh cũ hợp nhất', manifest.province.predecessors.join(', ') || 'không có', snapshot.province.predecessors.map((p) => p.name).join(', ') || 'không có');
  return snapshot;
}

/** Verifies a package's bytes; returns what it holds, or throws PACKAGE_REJECTED saying which file and what is wrong. */
export function verifyDataPackage(bytes: Buffer, fileName: string): VerifiedPackage {
  const entries = readPackageEntries(bytes, fileName);
  const manifest = readManifest(entries, fileName);
  checkListedFiles(manifest, entries, fileName);
  const snapshot = readSnapshot(entries.get(SUBMISSION_PATH)!, manifest, fileName);
  return { fileName, sha256: sha256Of(bytes), sizeBytes: bytes.length, bytes, manifest, snapshot };
}
