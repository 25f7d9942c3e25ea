import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportFile } from '../../electron/api/schemas/institution-import';
import { deflatedZip } from '../fixtures/import/hostile-files';
import { messyWorkbook } from '../fixtures/import/messy-workbook';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// Whatever the file, the import ends in a typed, readable error or a preview the contract accepts, and an error
// never leaves a trace in the data file. Inputs: generated CSV and xlsx, mutated real workbooks, random bytes,
// bomb-like zips, institution tables with values of the wrong types.

// About 3,000 inputs a run (~60 s here), most of them in the cheap damaged and random groups; FUZZ_SCALE=0.2 for a
// quick look, FUZZ_SCALE=5 for a long hunt.
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const LONG = 300_000;

const EXPECTED_CODES = new Set(['INVALID_INPUT', 'FILE_DAMAGED', 'NOT_FOUND', 'FILE_NOT_FOUND']);
const HEADERS = ['Mã', 'Tên cơ sở', 'Loại hình', 'Sở hữu', 'Xã/phường', 'Năm thành lập', 'Số nhà giáo', 'Cán bộ quản lý', 'Người học', 'Ghi chú'];

describe('import fuzzing', () => {
  let host: InProcessHost;
  let baseline: string;
  let generated = 0;
  let previews = 0;
  let errors = 0;
  let applied = 0;
  const outcomes = new Map<string, number>();

  const sqlite = () => host.ctx.workspace.require().sqlite;
  const data = () =>
    JSON.stringify(['institutions', 'institution_governance'].map((t) => sqlite().prepare(`SELECT * FROM ${t} ORDER BY id`).all()));
  const changeSets = () => (sqlite().prepare('SELECT count(*) AS n FROM change_sets').get() as { n: number }).n;

  beforeAll(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
    baseline = data();
  });
  afterAll(() => {
    console.info(
      `[import fuzz] ${generated} generated inputs: ${previews} previews, ${errors} typed errors, ${applied} applied and undone; ` +
        [...outcomes].map(([k, n]) => `${k}=${n}`).join(', '),
    );
    host.cleanup();
  });

  function expectTypedError(envelope: { ok: boolean; error?: { code: string; message: string; details: Record<string, unknown> } }, sets: number) {
    expect(envelope.ok).toBe(false);
    const error = envelope.error!;
    expect(EXPECTED_CODES.has(error.code), `${error.code}: ${error.message}`).toBe(true);
    expect(error.message.length).toBeGreaterThan(10);
    errors += 1;
    const key = `${error.code}/${String(error.details.reason ?? '-')}`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    expect(changeSets()).toBe(sets);
    expect(data()).toBe(baseline);
  }

  /** Feeds one file through open → preview (→ sometimes apply and undo) and checks every outcome. */
  async function feed(bytes: Buffer, name: string, applyIt = false): Promise<void> {
    generated += 1;
    const path = join(host.dir, name);
    writeFileSync(path, bytes);
    host.platform.openAnswers.push(path);
    const sets = changeSets();
    const opened = await host.dispatch('institutions.importOpen', {});
    if (!opened.ok) return expectTypedError(opened, sets);
    const file = (opened.data as { opened: ImportFile }).opened;
    for (const sheet of file.sheets) {
      if (!sheet.layout) {
        expect(sheet.problem).toBeTruthy();
        continue;
      }
      const { headerRow, headerRows, mapping } = sheet.layout;
      const args = { token: file.token, sheet: sheet.name, headerRow, headerRows, mapping };
      const preview = await host.dispatch('institutions.importPreview', args);
      if (!preview.ok) {
        expectTypedError(preview, sets);
        continue;
      }
      previews += 1;
      outcomes.set('preview', (outcomes.get('preview') ?? 0) + 1);
      const result = preview.data as { counts: { new: number; update: number } };
      if (applyIt && result.counts.new + result.counts.update > 0) {
        const done = await host.dispatch('institutions.importApply', args);
        expect(done.ok, JSON.stringify(done).slice(0, 300)).toBe(true);
        await host.call('history.undo', {});
        expect(data()).toBe(baseline);
        applied += 1;
        break;
      }
    }
    await host.dispatch('institutions.importClose', { token: file.token });
    expect(data()).toBe(baseline);
  }

  const text = fc.oneof(
    { weight: 6, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 3, arbitrary: fc.constantFrom('1.234', '1,234', '12,5', '-3', 'mười hai', '01/02/2020', '31/02/2020', 'Cao đẳng', 'Công lập', 'TT GDNN', 'Tổng cộng', '#N/A', '"', ';', '\r\n') },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.normalize('NFD')) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 200_000 }).chain((n) => fc.constantFrom('Ă'.repeat(n), 'x', '', ' ', 'Trường')) },
  );
  const table = fc.array(fc.array(text, { maxLength: 12 }), { maxLength: 25 });

  it('survives generated CSV files', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(';', ',', '\t'), fc.constantFrom('utf8', 'bom', 'utf16', 'latin1'), fc.boolean(), async (rows, sep, encoding, withHeader) => {
        const all = withHeader ? [HEADERS, ...rows] : rows;
        const body = all.map((r) => r.map((c) => (/[;,\t"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join('\r\n');
        const bytes =
          encoding === 'bom'
            ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)])
            : encoding === 'utf16'
              ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])
              : Buffer.from(body, encoding === 'latin1' ? 'latin1' : 'utf8');
        await feed(bytes, 'fuzz.csv', generated % 7 === 0);
      }),
      { numRuns: runs(500) },
    );
  }, LONG);

  const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
    text,
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 10_000_000 }),
    fc.boolean(),
    fc.date({ min: new Date('1900-03-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    fc.constant({ error: '#DIV/0!' } as ExcelJS.CellErrorValue),
    text.map((t) => ({ richText: [{ text: t }, { text: 'x', font: { bold: true } }] })),
    fc.integer().map((n) => ({ formula: 'A1+1', result: n }) as ExcelJS.CellFormulaValue),
    fc.constant(null),
  );

  it('survives generated workbooks with merges, wrong types and odd sheets', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: fc.string({ minLength: 1, maxLength: 31 }).map((s) => s.replace(/[\\/?*[\]:']/g, '_') || 'S'),
            header: fc.boolean(),
            headerRow: fc.integer({ min: 1, max: 20 }),
            rows: fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 20 }),
            merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 14 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 4 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        async (sheets) => {
          const workbook = new ExcelJS.Workbook();
          const used = new Set<string>();
          for (const spec of sheets) {
            let name = spec.name;
            while (used.has(name.toLowerCase())) name = `${name.slice(0, 28)}_${used.size}`;
            used.add(name.toLowerCase());
            const sheet = workbook.addWorksheet(name);
            if (spec.header) sheet.getRow(spec.headerRow).values = HEADERS;
            spec.rows.forEach((values, i) => (sheet.getRow(spec.headerRow + 1 + i).values = values));
            for (const [top, left, down, across] of spec.merges) {
              try {
                sheet.mergeCells(top, left, top + down, left + across);
              } catch {
                // Overlapping merges are refused by exceljs when writing; the file simply has fewer.
              }
            }
          }
          await feed(Buffer.from(await workbook.xlsx.writeBuffer()), 'fuzz.xlsx', generated % 5 === 0);
        },
      ),
      { numRuns: runs(200) },
    );
  }, LONG);

  const plausible = fc.record({
    code: fc.oneof(fc.integer({ min: 1, max: 60 }).map((n) => `FZ-${n}`), fc.constantFrom('SL-CD01', 'SL-TC02', '', 'sl-tc03')),
    name: fc.oneof(fc.integer({ min: 1, max: 60 }).map((n) => `Trường Trung cấp Thử ${n}`), fc.constantFrom('Trường Cao đẳng Y tế Sông Lam'.normalize('NFD'), '')),
    type: fc.oneof({ weight: 1, arbitrary: cellValue }, { weight: 5, arbitrary: fc.constantFrom('Cao đẳng', 'Trung cấp', 'TTGDNN', 'Trung tâm GDNN-GDTX', 'Đại học') }),
    ownership: fc.oneof({ weight: 1, arbitrary: cellValue }, { weight: 5, arbitrary: fc.constantFrom('Công lập', 'Tư thục', 'FDI', 'Nhà nước') }),
    year: fc.oneof({ weight: 1, arbitrary: cellValue }, { weight: 5, arbitrary: fc.integer({ min: 1890, max: 2110 }) }),
    counts: fc.array(
      fc.oneof({ weight: 1, arbitrary: cellValue }, { weight: 6, arbitrary: fc.integer({ min: 0, max: 5000 }) }, { weight: 2, arbitrary: fc.constantFrom('1.234', '1,234', '12,5') }),
      { minLength: 3, maxLength: 3 },
    ),
  });

  it('survives institution tables with plausible values and values of the wrong type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(plausible, { minLength: 1, maxLength: 15 }), fc.integer({ min: 1, max: 12 }), async (rows, headerRow) => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Cơ sở');
        sheet.getRow(headerRow).values = HEADERS;
        rows.forEach((r, i) => (sheet.getRow(headerRow + 1 + i).values = [r.code, r.name, r.type, r.ownership, null, r.year, ...r.counts]));
        await feed(Buffer.from(await workbook.xlsx.writeBuffer()), 'co-so.xlsx', true);
      }),
      { numRuns: runs(150) },
    );
  }, LONG);

  it('survives truncated, corrupted and spliced workbooks', async () => {
    const good = await messyWorkbook({ byCode: { code: 'SL-CD01', name: 'Trường Cao đẳng' }, byName: { code: 'x', name: 'Trường Trung cấp' } });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: 0, max: good.length - 1 }).map((n) => good.subarray(0, n)),
          fc.array(fc.tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }).map((flips) => {
            const copy = Buffer.from(good);
            for (const [at, byte] of flips) copy[at] = byte;
            return copy;
          }),
          fc.tuple(fc.integer({ min: 0, max: good.length }), fc.uint8Array({ minLength: 1, maxLength: 2000 })).map(([at, junk]) =>
            Buffer.concat([good.subarray(0, at), Buffer.from(junk), good.subarray(at)]),
          ),
        ),
        async (bytes) => feed(bytes, 'hong.xlsx'),
      ),
      { numRuns: runs(1_250) },
    );
  }, LONG);

  it('survives random bytes and bomb-like zips', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 4000 }).map((b) => Buffer.from(b)),
          fc.uint8Array({ maxLength: 4000 }).map((b) => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(b)])),
          fc.integer({ min: 1, max: 4 }).map((mb) =>
            deflatedZip([
              { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
              { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(mb * 1024 * 1024, 0x3c), declaredSize: 100 },
            ]),
          ),
          fc.integer({ min: 1, max: 3 }).map((n) =>
            deflatedZip(Array.from({ length: n }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.alloc(1024, 0x20), declaredSize: 0xfffffff0 }))),
          ),
        ),
        async (bytes) => feed(bytes, 'ngau-nhien.xlsx'),
      ),
      { numRuns: runs(900) },
    );
  }, LONG);
});
