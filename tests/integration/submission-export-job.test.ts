import { createHash, randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/client';
import type { MethodOutput } from '../../electron/api/methods';
import { submissionSnapshot } from '../../electron/api/schemas/submission-snapshot';
import { verifyDataPackage } from '../../electron/services/data-package';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { exportInto, openSampleSubmission, YEAR } from './submission-export-fixture';

// The export job on the sample province: four files written together, their bytes and hashes kept in the data file
// (append-only rows), written again byte for byte on request, never over an existing file; a cancelled export leaves
// no file and no row.

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const count = (sqlite: Sqlite, table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('the submission export job', () => {
  let host: InProcessHost;
  let sqlite: Sqlite;
  let first: MethodOutput<'submissionExport.export'>;
  const jobId = randomUUID();

  beforeAll(async () => {
    host = createInProcessHost();
    sqlite = await openSampleSubmission(host);
    first = await exportInto(host, 'lan-1', jobId);
  }, 180_000);
  afterAll(() => host.cleanup());

  it('writes the four files, and only them, with the hashes it reports', () => {
    expect(first.files.map((f) => [f.role, f.fileName])).toEqual([
      ['report_docx', 'Bao cao CDS GDNN 2025 - Tinh Song Lam (du lieu mau).docx'],
      ['report_pdf', 'Bao cao CDS GDNN 2025 - Tinh Song Lam (du lieu mau).pdf'],
      ['appendix_xlsx', 'Phu luc CDS GDNN 2025 - Tinh Song Lam (du lieu mau).xlsx'],
      ['data_package', 'goi-du-lieu-tinh-song-lam-du-lieu-mau-2025.zip'],
    ]);
    expect(readdirSync(first.folder!).sort()).toEqual(first.files.map((f) => f.fileName).sort());
    for (const file of first.files) {
      const bytes = readFileSync(join(first.folder!, file.fileName));
      expect(sha256(bytes)).toBe(file.sha256);
      expect(bytes.length).toBe(file.sizeBytes);
    }
  });

  it('records the export, its snapshot and every file in the data file, in append-only rows', () => {
    const row = sqlite.prepare('SELECT * FROM submission_exports WHERE id = ?').get(first.exportId) as Record<string, unknown>;
    expect(row).toMatchObject({ year: YEAR, exported_by: 'kiem-thu', state: 'draft', package_format_version: 1 });
    const files = sqlite.prepare('SELECT role, file_name AS fileName, sha256, size_bytes AS sizeBytes FROM submission_export_files WHERE export_id = ? ORDER BY id').all(first.exportId);
    expect(files).toEqual(first.files);
    for (const file of first.files) {
      const stored = (sqlite.prepare('SELECT bytes FROM document_contents WHERE sha256 = ?').get(file.sha256) as { bytes: Buffer }).bytes;
      expect(stored.equals(readFileSync(join(first.folder!, file.fileName)))).toBe(true);
    }
    const snapshot = (sqlite.prepare('SELECT bytes FROM document_contents WHERE sha256 = ?').get(row.snapshot_sha256) as { bytes: Buffer }).bytes;
    const parsed = submissionSnapshot.parse(JSON.parse(snapshot.toString('utf8')));
    expect(parsed).toMatchObject({ year: YEAR, submission: { documentNumber: '15', documentDate: '2026-02-05' } });
    expect(() => sqlite.prepare('UPDATE submission_exports SET state = ? WHERE id = ?').run('approved', first.exportId)).toThrow(/APPEND_ONLY/);
    expect(() => sqlite.prepare('DELETE FROM submission_export_files WHERE export_id = ?').run(first.exportId)).toThrow(/APPEND_ONLY/);
  });

  it('puts the three documents, byte for byte, in a data package the ministry side accepts', () => {
    const pack = first.files.find((f) => f.role === 'data_package')!;
    const verified = verifyDataPackage(readFileSync(join(first.folder!, pack.fileName)), pack.fileName);
    expect(verified.snapshot.year).toBe(YEAR);
    const inside = verified.manifest.files.filter((f) => f.role !== 'data' && f.role !== 'table' && f.role !== 'readme');
    expect(inside.map((f) => [f.role, f.sha256]).sort()).toEqual(
      first.files.filter((f) => f.role !== 'data_package').map((f) => [f.role, f.sha256]).sort(),
    );
  });

  it('reports progress to the end under the page\'s job id', () => {
    const progress = host.events.filter((e) => e.event === 'job.progressed').map((e) => e.payload as { jobId: string; done: number; total: number });
    expect(progress.every((p) => p.jobId === jobId)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: 7, total: 7 });
  });

  it('lists past exports with their files and hashes', async () => {
    const list = await host.call('submissionExport.list', { year: YEAR });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ exportId: first.exportId, year: YEAR, state: 'draft', exportedBy: 'kiem-thu', files: first.files });
    expect(await host.call('submissionExport.list', { year: 2024 })).toEqual([]);
  });

  it('writes a past export again byte for byte, to another folder', async () => {
    const folder = join(host.dir, 'xuat-lai');
    host.platform.directoryAnswers.push(folder);
    const again = await host.call('submissionExport.reexport', { exportId: first.exportId! });
    expect(again.files).toEqual(first.files);
    for (const file of first.files) {
      expect(readFileSync(join(folder, file.fileName)).equals(readFileSync(join(first.folder!, file.fileName)))).toBe(true);
    }
    await expect(host.call('submissionExport.reexport', { exportId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('never overwrites a file: a taken name gets the next free one', async () => {
    const folder = join(host.dir, 'co-san');
    mkdirSync(folder);
    const taken = join(folder, first.files[0]!.fileName);
    writeFileSync(taken, 'tệp của người khác');
    writeFileSync(join(folder, first.files[0]!.fileName.replace('.docx', ' (2).docx')), 'cũng của người khác');
    host.platform.directoryAnswers.push(folder);
    const again = await host.call('submissionExport.reexport', { exportId: first.exportId! });
    expect(again.files[0]!.fileName).toBe('Bao cao CDS GDNN 2025 - Tinh Song Lam (du lieu mau) (3).docx');
    expect(readFileSync(taken, 'utf8')).toBe('tệp của người khác');
    expect(again.files.slice(1).map((f) => f.fileName)).toEqual(first.files.slice(1).map((f) => f.fileName));
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('clears what an export killed mid-way left behind, but never the temporaries of a process still running', async () => {
    const folder = join(host.dir, 'sau-mat-dien');
    mkdirSync(folder);
    const [docx, xlsx] = [first.files[0]!.fileName, first.files[2]!.fileName];
    // A process that has exited: its pid is free, as after a power cut or a crash.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stale = [`.${docx}.${dead}-0badc0de.tmp`, `.${xlsx}.${dead}-12345678.tmp`];
    // The test runner's parent is running (another app exporting into the same folder at this moment).
    const live = `.${docx}.${process.ppid}-cafef00d.tmp`;
    const unrelated = [`.${docx}.tmp`, `.ghi-chu.${dead}-0badc0de.tmp`, 'ghi-chu.txt'];
    for (const name of [...stale, live, ...unrelated]) writeFileSync(join(folder, name), 'nửa tệp');
    host.platform.directoryAnswers.push(folder);
    const again = await host.call('submissionExport.reexport', { exportId: first.exportId! });
    expect(readdirSync(folder).sort()).toEqual([...again.files.map((f) => f.fileName), live, ...unrelated].sort());
  });

  it('leaves no file and no row when cancelled', async () => {
    const before = { exports: count(sqlite, 'submission_exports'), files: count(sqlite, 'submission_export_files'), contents: count(sqlite, 'document_contents') };
    const cancelled = randomUUID();
    const print = host.platform.printToPdf.bind(host.platform);
    // The user presses Cancel while the PDF is printing.
    host.platform.printToPdf = async (html) => {
      expect(await host.call('jobs.cancel', { jobId: cancelled })).toEqual({ cancelled: true });
      return print(html);
    };
    try {
      await expect(exportInto(host, 'huy', cancelled)).rejects.toMatchObject({ code: 'CANCELLED' });
    } finally {
      host.platform.printToPdf = print;
    }
    expect(readdirSync(join(host.dir, 'huy'))).toEqual([]);
    expect({ exports: count(sqlite, 'submission_exports'), files: count(sqlite, 'submission_export_files'), contents: count(sqlite, 'document_contents') }).toEqual(before);
  });

  it('does nothing when the folder dialog is closed, and explains a year without a submission', async () => {
    const exports = count(sqlite, 'submission_exports');
    expect(await host.call('submissionExport.export', { year: YEAR, jobId: randomUUID() })).toEqual({ folder: null, exportId: null, files: [] });
    await expect(host.call('submissionExport.export', { year: 2022, jobId: randomUUID() })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('năm 2022'),
    });
    expect(count(sqlite, 'submission_exports')).toBe(exports);
  });

  it('exports again as a new, separate record and leaves the first as it was', async () => {
    const contents = count(sqlite, 'document_contents');
    const second = await exportInto(host, 'lan-2');
    expect(second.exportId).toBe(first.exportId! + 1);
    expect(existsSync(join(second.folder!, second.files[0]!.fileName))).toBe(true);
    const list = await host.call('submissionExport.list', {});
    expect(list.map((e) => e.exportId)).toEqual([second.exportId, first.exportId]);
    expect(list[1]!.files).toEqual(first.files);
    // Its own snapshot and files (they carry the export's time), added beside the first export's.
    expect(count(sqlite, 'document_contents')).toBeGreaterThan(contents);
    // Writing a past export again stores nothing new.
    const after = count(sqlite, 'document_contents');
    host.platform.directoryAnswers.push(join(host.dir, 'lan-2-lai'));
    await host.call('submissionExport.reexport', { exportId: second.exportId! });
    expect(count(sqlite, 'document_contents')).toBe(after);
  });
});
