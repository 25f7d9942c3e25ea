import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionSnapshot } from '../../electron/api/schemas/submission-snapshot';
import { buildDataPackage, verifyDataPackage } from '../../electron/services/data-package';
import { ServiceError } from '../../electron/services/service-error';
import { buildSubmissionSnapshot } from '../../electron/services/submission/snapshot';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { editManifest, rezip, unzipPackage } from './data-package-fixture';

// The package of the sample province's 2025: written, read back and verified; then taken apart and put back with one
// thing wrong at a time, each refused with its reason and a message naming the file.

const createdAt = '2026-02-05T09:30:00.000+07:00';
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function rejection(bytes: Buffer, fileName = 'goi.zip'): { reason: string; message: string; details: Record<string, unknown> } {
  try {
    verifyDataPackage(bytes, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    const e = error as ServiceError;
    expect(e.code).toBe('PACKAGE_REJECTED');
    expect(e.message).toContain(fileName);
    return { reason: String(e.details.reason), message: e.message, details: e.details };
  }
  throw new Error('the package was accepted');
}

describe('data package of the sample province', () => {
  let host: InProcessHost;
  let snapshot: SubmissionSnapshot;
  let bytes: Buffer;
  let fileName: string;
  const documents = [
    { role: 'report_docx' as const, fileName: 'Bao-cao-2025.docx', bytes: Buffer.from('PK docx stand-in') },
    { role: 'appendix_xlsx' as const, fileName: 'Phu-luc-2025.xlsx', bytes: Buffer.from('PK xlsx stand-in') },
  ];

  beforeAll(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
    snapshot = buildSubmissionSnapshot(host.ctx.workspace.require().sqlite, { year: 2025, appVersion: '0.1.0', generatedAt: createdAt });
    ({ bytes, fileName } = buildDataPackage({ snapshot, documents, createdAt, appVersion: '0.1.0' }));
  });
  afterAll(() => host.cleanup());

  it('writes the documented layout, and verifies', () => {
    expect(fileName).toMatch(/^goi-du-lieu-[a-z0-9-]+-2025\.zip$/);
    const entries = unzipPackage(bytes);
    expect([...entries.keys()]).toEqual([
      'manifest.json',
      'README.md',
      'data/chi-so-co-so.csv',
      'data/chi-tieu.csv',
      'data/co-so-gdnn.csv',
      'data/du-an.csv',
      'data/hoat-dong-truyen-thong.csv',
      'data/lo-trinh.csv',
      'data/phan-bo-von.csv',
      'data/submission.json',
      'report/Bao-cao-2025.docx',
      'report/Phu-luc-2025.xlsx',
    ]);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest).toMatchObject({
      format: 'gdnn-cds-goi-du-lieu',
      formatVersion: 1,
      snapshotFormatVersion: 1,
      province: { name: snapshot.province.name, predecessors: ['Tỉnh Lam Giang', 'Tỉnh Hà Sơn'] },
      year: 2025,
      createdAt,
      app: { name: 'Kế hoạch CĐS GDNN', version: '0.1.0' },
    });
    // Every listed file's size and hash are those of the bytes in the zip; the manifest lists all but itself.
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual([...entries.keys()].filter((k) => k !== 'manifest.json').sort());
    for (const file of manifest.files) {
      expect(file.sha256).toBe(sha(entries.get(file.path)!));
      expect(file.sizeBytes).toBe(entries.get(file.path)!.length);
    }
    expect(manifest.files.find((f: { path: string }) => f.path === 'report/Bao-cao-2025.docx').role).toBe('report_docx');
    expect(JSON.parse(entries.get('data/submission.json')!.toString('utf8'))).toEqual(snapshot);
    expect(entries.get('README.md')!.toString('utf8')).toBe(readFileSync('docs/data-package.md', 'utf8'));

    const verified = verifyDataPackage(bytes, fileName);
    expect(verified.sha256).toBe(sha(bytes));
    expect(verified.snapshot).toEqual(snapshot);
  });

  it('writes spreadsheet-friendly CSV: BOM, a header, one line per row, Vietnamese intact', () => {
    const entries = unzipPackage(bytes);
    const csv = entries.get('data/co-so-gdnn.csv')!.toString('utf8');
    expect(csv.startsWith('\uFEFFMã cơ sở,Tên cơ sở,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(snapshot.institutions.length + 1);
    expect(lines[1]).toContain(snapshot.institutions[0]!.name);
    const allocations = entries.get('data/phan-bo-von.csv')!.toString('utf8').trimEnd().split('\r\n');
    expect(allocations).toHaveLength(snapshot.allocations.length + 1);
  });

  it('gives the same bytes for the same input', () => {
    const again = buildDataPackage({ snapshot: structuredClone(snapshot), documents, createdAt, appVersion: '0.1.0' });
    expect(sha(again.bytes)).toBe(sha(bytes));
    const later = buildDataPackage({ snapshot, documents, createdAt: '2026-02-06T10:00:00.000+07:00', appVersion: '0.1.0' });
    expect(sha(later.bytes)).not.toBe(sha(bytes));
  });

  it('refuses a snapshot that breaks its schema, writing nothing', () => {
    const broken = { ...snapshot, year: 'hai nghìn' } as unknown as SubmissionSnapshot;
    expect(() => buildDataPackage({ snapshot: broken, documents: [], createdAt, appVersion: 'x' })).toThrow(/year/);
  });

  it('rejects one changed byte of a file inside as hash_mismatch', () => {
    const tampered = rezip(bytes, (entries) => {
      const data = Buffer.from(entries.get('data/submission.json')!);
      const at = data.indexOf('"plannedThisYearDong": ') + '"plannedThisYearDong": '.length;
      data[at] = data[at] === 0x39 ? 0x38 : data[at]! + 1;
      entries.set('data/submission.json', data);
    });
    const r = rejection(tampered);
    expect(r.reason).toBe('hash_mismatch');
    expect(r.message).toContain('data/submission.json');
    const csvTampered = rezip(bytes, (entries) => {
      const data = Buffer.from(entries.get('data/du-an.csv')!);
      data[data.length - 3] = data[data.length - 3]! ^ 1;
      entries.set('data/du-an.csv', data);
    });
    expect(rejection(csvTampered)).toMatchObject({ reason: 'hash_mismatch', details: { path: 'data/du-an.csv' } });
  });

  it('rejects a truncated zip, random bytes and an empty file as not_zip', () => {
    expect(rejection(bytes.subarray(0, Math.floor(bytes.length * 0.7))).reason).toBe('not_zip');
    expect(rejection(bytes.subarray(0, bytes.length - 10)).reason).toBe('not_zip');
    expect(rejection(Buffer.from('không phải tệp nén')).reason).toBe('not_zip');
    expect(rejection(Buffer.alloc(0)).reason).toBe('not_zip');
  });

  it('rejects a newer format with the message that says to update', () => {
    const newer = editManifest(bytes, (m) => ({ ...m, formatVersion: 2, somethingNew: true }));
    const r = rejection(newer, 'goi-moi.zip');
    expect(r.reason).toBe('too_new');
    expect(r.message).toBe('Gói dữ liệu định dạng phiên bản 2, mới hơn ứng dụng (1): hãy cập nhật ứng dụng (tệp "goi-moi.zip").');
  });

  it('rejects an unlisted file, a missing file and a name that climbs out of the package', () => {
    const extra = rezip(bytes, (entries) => entries.set('data/ghi-chu.txt', Buffer.from('thêm')));
    expect(rejection(extra)).toMatchObject({ reason: 'extra_file', details: { path: 'data/ghi-chu.txt' } });
    const missing = rezip(bytes, (entries) => entries.delete('data/chi-tieu.csv'));
    expect(rejection(missing)).toMatchObject({ reason: 'missing_file', details: { path: 'data/chi-tieu.csv' } });
    const climbing = rezip(bytes, (entries) => entries.set('../../windows/evil.txt', Buffer.from('x')));
    expect(rejection(climbing).reason).toBe('extra_file');
    const listedClimbing = editManifest(bytes, (m) => ({ ...m, files: [...(m.files as object[]), { path: '../x', sha256: 'a'.repeat(64), sizeBytes: 1, mediaType: 'text/plain', role: 'table' }] }));
    expect(rejection(listedClimbing).reason).toBe('bad_manifest');
  });

  it('rejects a missing or wrong manifest', () => {
    expect(rejection(rezip(bytes, (entries) => entries.delete('manifest.json'))).reason).toBe('no_manifest');
    expect(rejection(rezip(bytes, (entries) => entries.set('manifest.json', Buffer.from('{không phải json')))).reason).toBe('bad_manifest');
    expect(rejection(editManifest(bytes, (m) => ({ ...m, format: 'khac' }))).reason).toBe('bad_manifest');
    expect(rejection(editManifest(bytes, (m) => ({ ...m, year: '2025' }))).reason).toBe('bad_manifest');
    expect(rejection(editManifest(bytes, () => [1, 2, 3])).reason).toBe('bad_manifest');
  });

  it('rejects data that breaks its schema, and a manifest that disagrees with the data', () => {
    const relist = (entries: Map<string, Buffer>, data: Buffer) => {
      entries.set('data/submission.json', data);
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
      const file = manifest.files.find((f: { path: string }) => f.path === 'data/submission.json');
      file.sha256 = sha(data);
      file.sizeBytes = data.length;
      entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    };
    const wrongType = rezip(bytes, (entries) => relist(entries, Buffer.from(JSON.stringify({ ...snapshot, institutions: 'nhiều' }))));
    expect(rejection(wrongType)).toMatchObject({ reason: 'bad_data' });
    expect(rejection(wrongType).message).toContain('institutions');
    const otherYear = rezip(bytes, (entries) =>
      relist(entries, Buffer.from(JSON.stringify({ ...snapshot, year: 2024, submission: { ...snapshot.submission, year: 2024 } }))),
    );
    expect(rejection(otherYear).reason).toBe('inconsistent');
    const otherProvince = editManifest(bytes, (m) => ({ ...m, province: { name: 'Hà Tĩnh', predecessors: ['Tỉnh Lam Giang', 'Tỉnh Hà Sơn'] } }));
    expect(rejection(otherProvince)).toMatchObject({ reason: 'inconsistent' });
    expect(rejection(otherProvince).message).toContain('Hà Tĩnh');
  });
});
