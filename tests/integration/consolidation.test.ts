import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rollup } from '../../electron/api/schemas/consolidation';
import { buildDataPackage } from '../../electron/services/data-package';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { type FixtureOptions, fixtureSnapshot, rezip } from './data-package-fixture';

// The ministry consolidates three provinces' 2024 packages, one of them from Hà Giang, which merged into Tuyên
// Quang in 2025 and so rolls up there. Every sum below is worked out by hand from the figures given to the fixtures.

const BILLION = 1_000_000_000;
const createdAt = '2025-02-05T09:30:00.000+07:00';

const tuyenQuang: FixtureOptions = {
  province: 'Tuyên Quang',
  year: 2024,
  institutions: { CD: 1, TC: 1 },
  targets: [
    { code: 'a1', numerator: 30, denominator: 60 },
    { code: 'a2', numerator: 10, denominator: 40 },
  ],
  projects: [{ code: 'TQ-01', plannedThisYearDong: 2 * BILLION, disbursedThisYearDong: 1.5 * BILLION, fundingGapDong: 0.5 * BILLION }],
  allocations: [
    { projectCode: 'TQ-01', year: 2023, sourceCode: 'NSTW', plannedDong: 1 * BILLION, disbursedDong: 1 * BILLION },
    { projectCode: 'TQ-01', year: 2024, sourceCode: 'NSTW', plannedDong: 1.2 * BILLION, adjustedDong: 1.4 * BILLION, disbursedDong: 1 * BILLION },
    { projectCode: 'TQ-01', year: 2024, sourceCode: 'NSDP', plannedDong: 0.6 * BILLION, disbursedDong: 0.5 * BILLION },
  ],
  participants: 120,
};
const haGiang: FixtureOptions = {
  province: 'Tỉnh Hà Giang',
  year: 2024,
  institutions: { TTGDNN: 3 },
  targets: [
    { code: 'a1', numerator: 45, denominator: 90 },
    { code: 'a2', numerator: 5, denominator: 10 },
  ],
  projects: [{ code: 'HG-01', plannedThisYearDong: 1 * BILLION, disbursedThisYearDong: 0.2 * BILLION, fundingGapDong: 3 * BILLION }],
  allocations: [{ projectCode: 'HG-01', year: 2024, sourceCode: 'NSTW', plannedDong: 1 * BILLION, disbursedDong: 0.2 * BILLION }],
  participants: 80,
};
const haTinh: FixtureOptions = {
  province: 'Hà Tĩnh',
  year: 2024,
  institutions: { CD: 2 },
  targets: [
    { code: 'a1', numerator: 20, denominator: 25 },
    // Not measured in Hà Tĩnh: counts for nothing, neither as 0 % nor in the denominator.
    { code: 'a2', numerator: null, denominator: null },
  ],
  projects: [{ code: 'HT-01', plannedThisYearDong: 5 * BILLION, disbursedThisYearDong: 4 * BILLION, fundingGapDong: 0 }],
  allocations: [{ projectCode: 'HT-01', year: 2024, sourceCode: 'NSDP', plannedDong: 5 * BILLION, disbursedDong: 4 * BILLION }],
  participants: 50,
};

const packageOf = (options: FixtureOptions) => buildDataPackage({ snapshot: fixtureSnapshot(options), documents: [], createdAt, appVersion: 'test' });

describe('consolidation of three provinces', () => {
  let host: InProcessHost;
  const sqlite = () => host.ctx.workspace.require().sqlite;
  const count = (table: string) => (sqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const state = () =>
    JSON.stringify({
      packages: sqlite().prepare('SELECT * FROM consolidation_packages ORDER BY id').all(),
      figures: count('package_figures'),
      contents: count('document_contents'),
      changeSets: count('change_sets'),
      audit: count('audit_rows'),
    });
  const write = (name: string, bytes: Buffer) => {
    const path = join(host.dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const preview = async (...paths: string[]) => {
    host.platform.multiOpenAnswers.push(paths);
    return host.call('consolidation.previewPackages', { jobId: randomUUID() });
  };

  beforeAll(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
  });
  afterAll(() => host.cleanup());

  it('refuses tampered, truncated, newer, extra-file and missing-file packages, and writes nothing', async () => {
    const good = packageOf(haTinh).bytes;
    const files = {
      tampered: rezip(good, (entries) => {
        const data = Buffer.from(entries.get('data/submission.json')!);
        const at = data.indexOf('"numerator": 20') + '"numerator": '.length;
        data[at] = 0x39; // 20 → 90: one byte
        entries.set('data/submission.json', data);
      }),
      truncated: good.subarray(0, good.length - 200),
      newer: rezip(good, (entries) => {
        const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
        entries.set('manifest.json', Buffer.from(JSON.stringify({ ...manifest, formatVersion: 2 })));
      }),
      extra: rezip(good, (entries) => entries.set('data/them.csv', Buffer.from('a,b'))),
      missing: rezip(good, (entries) => entries.delete('data/du-an.csv')),
    };
    const before = state();
    const result = await preview(...Object.entries(files).map(([name, bytes]) => write(`${name}.zip`, bytes)));
    expect(result.files.map((f) => [f.fileName, f.ok, f.reason])).toEqual([
      ['tampered.zip', false, 'hash_mismatch'],
      ['truncated.zip', false, 'not_zip'],
      ['newer.zip', false, 'too_new'],
      ['extra.zip', false, 'extra_file'],
      ['missing.zip', false, 'missing_file'],
    ]);
    expect(result.files[0]!.message).toBe(
      'Gói "tampered.zip" bị từ chối: mã băm SHA-256 của tệp "data/submission.json" không khớp tệp kê khai: nội dung đã bị thay đổi sau khi xuất.',
    );
    expect(result.files[2]!.message).toContain('Gói dữ liệu định dạng phiên bản 2, mới hơn ứng dụng (1): hãy cập nhật ứng dụng');
    // Nothing to import, and naming a refused file is refused; the file is as it was, row for row.
    expect(await host.call('consolidation.importPackages', { token: result.token! })).toEqual({ imported: [], rejected: [], changeSetId: null });
    await expect(host.call('consolidation.importPackages', { token: result.token!, indexes: [0] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(state()).toBe(before);
  });

  it('imports three packages as one undoable change and rolls them up, sums checked by hand', async () => {
    const paths = [tuyenQuang, haGiang, haTinh].map((o, i) => write(`tinh-${i}.zip`, packageOf(o).bytes));
    const before = { packages: count('consolidation_packages'), sets: count('change_sets') };
    const checked = await preview(...paths);
    expect(checked.files.map((f) => [f.ok, f.provinceName, f.rollsUpTo])).toEqual([
      [true, 'Tuyên Quang', 'Tuyên Quang'],
      [true, 'Tỉnh Hà Giang', 'Tuyên Quang'],
      [true, 'Hà Tĩnh', 'Hà Tĩnh'],
    ]);
    expect(count('consolidation_packages')).toBe(before.packages);

    const result = await host.call('consolidation.importPackages', { token: checked.token! });
    expect(result.imported.map((p) => [p.provinceName, p.rollsUpTo])).toEqual([
      ['Tuyên Quang', 'Tuyên Quang'],
      ['Tỉnh Hà Giang', 'Tuyên Quang'],
      ['Hà Tĩnh', 'Hà Tĩnh'],
    ]);
    expect(count('consolidation_packages')).toBe(3);
    expect(count('change_sets')).toBe(before.sets + 1);
    const stored = sqlite().prepare('SELECT p.province_key AS k, length(c.bytes) AS n FROM consolidation_packages p JOIN document_contents c USING (sha256) ORDER BY p.id').all();
    expect(stored).toEqual([
      { k: 'tuyen quang', n: expect.any(Number) },
      { k: 'ha giang', n: expect.any(Number) },
      { k: 'ha tinh', n: expect.any(Number) },
    ]);

    const rollup: Rollup = await host.call('consolidation.rollup', { year: 2024 });
    const tq = rollup.byProvince.find((r) => r.unit === 'Tuyên Quang')!;
    expect(tq).toMatchObject({
      kind: 'province',
      packages: ['Tỉnh Hà Giang', 'Tuyên Quang'],
      institutionsActive: 2 + 3,
      projects: 2,
      plannedThisYearDong: 3 * BILLION,
      disbursedThisYearDong: 1.7 * BILLION,
      fundingGapDong: 3.5 * BILLION,
      participants: 200,
    });
    expect(tq.disbursementRate).toBeCloseTo((1.7 / 3) * 100, 10);
    expect(rollup.byProvince.find((r) => r.unit === 'Hà Tĩnh')).toMatchObject({ institutionsActive: 2, plannedThisYearDong: 5 * BILLION, disbursementRate: 80 });
    expect(rollup.byProvince.filter((r) => r.kind !== 'unknown')).toHaveLength(34);
    expect(rollup.missingUnits).toHaveLength(32);
    expect(rollup.totals).toMatchObject({ institutionsActive: 7, projects: 3, plannedThisYearDong: 8 * BILLION, disbursedThisYearDong: 5.7 * BILLION, fundingGapDong: 3.5 * BILLION, participants: 250 });
    expect(rollup.totals.disbursementRate).toBeCloseTo(71.25, 10);

    const a1 = rollup.byTarget.find((t) => t.code === 'a1')!;
    // (30 + 45 + 20) / (60 + 90 + 25): not the mean of 50 %, 50 % and 80 % (60 %).
    expect([a1.numerator, a1.denominator, a1.provincesReporting]).toEqual([95, 175, 2]);
    expect(a1.attainment).toBeCloseTo((95 / 175) * 100, 10);
    expect(a1.byUnit).toEqual([
      { unit: 'Hà Tĩnh', numerator: 20, denominator: 25, attainment: 80 },
      { unit: 'Tuyên Quang', numerator: 75, denominator: 150, attainment: 50 },
    ]);
    const a2 = rollup.byTarget.find((t) => t.code === 'a2')!;
    expect([a2.numerator, a2.denominator, a2.attainment, a2.provincesReporting]).toEqual([15, 50, 30, 1]);
    expect(a1.nameVi).toMatch(/nhà giáo/);

    expect(rollup.capitalBySourceAndYear.map((r) => [r.sourceCode, r.year, r.plannedDong, r.adjustedDong, r.disbursedDong])).toEqual([
      ['NSTW', 2023, 1 * BILLION, 1 * BILLION, 1 * BILLION],
      ['NSTW', 2024, 2.2 * BILLION, 2.4 * BILLION, 1.2 * BILLION],
      ['NSDP', 2024, 5.6 * BILLION, 5.6 * BILLION, 4.5 * BILLION],
    ]);
    expect(rollup.institutionsByType.map((r) => [r.typeCode, r.count])).toEqual([
      ['CD', 3],
      ['TC', 1],
      ['TTGDNN', 3],
    ]);
    expect(rollup.warnings).toEqual([]);

    const list = await host.call('consolidation.list', {});
    expect(list.years).toEqual([2024]);
    expect(list.packages.map((p) => [p.provinceName, p.rollsUpTo, p.known])).toEqual([
      ['Hà Tĩnh', 'Hà Tĩnh', true],
      ['Tỉnh Hà Giang', 'Tuyên Quang', true],
      ['Tuyên Quang', 'Tuyên Quang', true],
    ]);
  });

  it('writes the national summary workbook with formulas for the totals', async () => {
    const target = join(host.dir, 'tong-hop.xlsx');
    host.platform.saveAnswers.push(target);
    expect(await host.call('consolidation.exportSummary', { year: 2024 })).toEqual({ file: target });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Theo tỉnh', 'Theo chỉ tiêu', 'Chỉ tiêu theo tỉnh', 'Vốn theo nguồn', 'Cơ sở theo loại hình']);
    const byProvince = workbook.getWorksheet('Theo tỉnh')!;
    expect(byProvince.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '4:4' });
    expect(String(byProvince.getCell('A2').value)).toContain('triệu đồng');
    const totalRow = byProvince.getRow(5 + 34);
    expect(totalRow.getCell(2).value).toBe('TỔNG CỘNG');
    expect(totalRow.getCell('H').value).toMatchObject({ formula: 'SUM(H5:H38)', result: 8000 });
    expect(totalRow.getCell('I').value).toMatchObject({ formula: 'SUM(I5:I38)', result: 5700 });
    expect(totalRow.getCell('J').value).toMatchObject({ formula: 'IF(H39>0,I39/H39*100,"")' });
    const rows = byProvince.getRows(5, 34)!.map((r) => [r.getCell(2).value, r.getCell(8).value]);
    expect(rows).toContainEqual(['Tuyên Quang', 3000]);
    const byTarget = workbook.getWorksheet('Theo chỉ tiêu')!;
    expect(byTarget.getRow(5).getCell(4).value).toBe(95);
    expect(byTarget.getRow(5).getCell(6).value).toMatchObject({ formula: 'IF(E5>0,D5/E5*100,"")' });
  });

  it('refuses a second package of the same province and year, however its name is written', async () => {
    const again = write('tq-lai.zip', packageOf({ ...tuyenQuang, province: 'TỈNH TUYÊN QUANG', participants: 999 }).bytes);
    const same = write('ht-lai.zip', packageOf(haTinh).bytes);
    const before = state();
    const result = await preview(again, same);
    expect(result.files.map((f) => f.reason)).toEqual(['duplicate', 'duplicate']);
    expect(result.files[0]!.message).toContain('đã có gói của Tuyên Quang năm 2024');
    expect(result.files[1]!.message).toContain('gói này đã được nhập');
    expect(state()).toBe(before);
  });

  it('stops verifying when cancelled, holding and writing nothing', async () => {
    const paths = Array.from({ length: 40 }, (_, i) => write(`huy-${i}.zip`, packageOf({ ...haTinh, province: `Tỉnh Thử ${i}` }).bytes));
    host.platform.multiOpenAnswers.push(paths);
    const before = state();
    const jobId = randomUUID();
    const running = host.dispatch('consolidation.previewPackages', { jobId });
    // Cancel as soon as the job reports its first file, as the page's Cancel button would.
    while (!host.events.some((e) => e.event === 'job.progressed' && (e.payload as { jobId: string }).jobId === jobId)) await new Promise((r) => setImmediate(r));
    expect(await host.call('jobs.cancel', { jobId })).toMatchObject({ cancelled: true });
    const envelope = await running;
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(state()).toBe(before);
  });

  it('undo removes the imported packages, redo brings them back; remove is audited too', async () => {
    await host.call('history.undo', {});
    expect(count('consolidation_packages')).toBe(0);
    expect((await host.call('consolidation.rollup', { year: 2024 })).packageCount).toBe(0);
    await host.call('history.redo', {});
    expect(count('consolidation_packages')).toBe(3);
    const { packages } = await host.call('consolidation.list', { year: 2024 });
    const haGiangId = packages.find((p) => p.provinceName === 'Tỉnh Hà Giang')!.id;
    await host.call('consolidation.remove', { id: haGiangId });
    const after = await host.call('consolidation.rollup', { year: 2024 });
    expect(after.byProvince.find((r) => r.unit === 'Tuyên Quang')).toMatchObject({ packages: ['Tuyên Quang'], institutionsActive: 2 });
    await host.call('history.undo', {});
    expect(count('consolidation_packages')).toBe(3);
  });
});
