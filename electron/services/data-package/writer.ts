import { createHash } from 'node:crypto';
import { type SubmissionSnapshot, submissionSnapshot } from '../../api/schemas/submission-snapshot';
import { foldVietnamese } from '../../api/text/vietnamese';
import { sanitiseFileName } from '../export/spreadsheet-safety';
import { ServiceError } from '../service-error';
import { csvTables } from './csv-tables';
import {
  APP_NAME,
  type FileRole,
  MANIFEST_PATH,
  MEDIA_TYPES,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type PackageDocumentRole,
  packageDocumentRoles,
  type PackageManifest,
  README_PATH,
  SUBMISSION_PATH,
} from './format';
import { PACKAGE_README } from './readme';
import { writeZip, type ZipPart, zipStampOf } from './zip-writer';

export interface PackageDocument {
  role: PackageDocumentRole;
  fileName: string;
  bytes: Buffer | Uint8Array;
}

export interface BuildDataPackageInput {
  snapshot: SubmissionSnapshot;
  documents: PackageDocument[];
  /** When the export was made (ISO); recorded in the manifest and used as every entry's zip date. */
  createdAt: string;
  appVersion: string;
}

interface PackageFile {
  path: string;
  data: Buffer;
  role: FileRole;
  mediaType: string;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** "TP. Hồ Chí Minh", 2026 → "goi-du-lieu-tp-ho-chi-minh-2026.zip": ASCII, safe on every file system. */
export function packageFileName(provinceName: string, year: number): string {
  const slug = foldVietnamese(provinceName).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'tinh';
  return `goi-du-lieu-${slug.slice(0, 60)}-${year}.zip`;
}

function checkedSnapshot(snapshot: SubmissionSnapshot): SubmissionSnapshot {
  const parsed = submissionSnapshot.safeParse(snapshot);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ServiceError('INVALID_INPUT', `Số liệu báo cáo không đúng cấu trúc ở trường "${issue?.path.join('.') ?? '?'}"; chưa tạo gói dữ liệu.`, {
    reason: 'bad_snapshot',
    issues: parsed.error.issues.slice(0, 5).map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
}

function documentFiles(documents: PackageDocument[]): PackageFile[] {
  const seen = new Set<string>();
  return documents.map((document) => {
    if (!packageDocumentRoles.includes(document.role) || seen.has(document.role)) {
      throw new ServiceError('INVALID_INPUT', `Tài liệu "${document.fileName}" có vai trò không hợp lệ hoặc bị lặp (${document.role}).`, {
        reason: 'bad_document',
        role: document.role,
      });
    }
    seen.add(document.role);
    const path = `report/${sanitiseFileName(document.fileName, document.role)}`;
    return { path, data: Buffer.from(document.bytes), role: document.role, mediaType: MEDIA_TYPES[document.role] };
  });
}

/**
 * Writes the data package of one year's submission (format v1, docs/data-package.md). Pure: no database, no files.
 * The same input gives the same bytes, so a frozen submission can be re-exported byte for byte.
 */
export function buildDataPackage(input: BuildDataPackageInput): { bytes: Buffer; fileName: string } {
  const snapshot = checkedSnapshot(input.snapshot);
  const files: PackageFile[] = [
    { path: SUBMISSION_PATH, data: Buffer.from(`${JSON.stringify(snapshot, null, 2)}\n`, 'utf8'), role: 'data', mediaType: MEDIA_TYPES.json },
    ...csvTables(snapshot).map((t): PackageFile => ({ path: t.path, data: Buffer.from(t.csv, 'utf8'), role: 'table', mediaType: MEDIA_TYPES.csv })),
    ...documentFiles(input.documents),
    { path: README_PATH, data: Buffer.from(PACKAGE_README, 'utf8'), role: 'readme', mediaType: MEDIA_TYPES.markdown },
  ];
  const paths = new Set(files.map((f) => f.path));
  if (paths.size !== files.length) {
    throw new ServiceError('INVALID_INPUT', 'Hai tài liệu đính kèm trùng tên tệp; hãy đặt tên khác nhau.', { reason: 'bad_document' });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    snapshotFormatVersion: snapshot.formatVersion,
    province: { name: snapshot.province.name, predecessors: snapshot.province.predecessors.map((p) => p.name) },
    year: snapshot.year,
    createdAt: input.createdAt,
    app: { name: APP_NAME, version: input.appVersion },
    files: files.map((f) => ({ path: f.path, sha256: sha256(f.data), sizeBytes: f.data.length, mediaType: f.mediaType, role: f.role })),
  };
  // The manifest first, as a reader looks for it; then the files in path order.
  const parts: ZipPart[] = [
    { name: MANIFEST_PATH, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    ...files.map((f) => ({ name: f.path, data: f.data })),
  ];
  return { bytes: writeZip(parts, zipStampOf(input.createdAt)), fileName: packageFileName(snapshot.province.name, snapshot.year) };
}
