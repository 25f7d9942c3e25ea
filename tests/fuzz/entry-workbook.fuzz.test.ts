import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportEntryResult } from '../../electron/api/schemas/assessment';
import { readEntryWorkbook } from '../../electron/services/assessment/entry-workbook/read';
import { inflateEntries } from '../../electron/services/import/zip-entries';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { type Base, type Built, entryInputs } from './entry-workbook-inputs';

// Whatever comes back from the institutions, assessment.importEntryWorkbooks answers with, for each file, either a
// readable refusal naming it or its cell-by-cell difference, never an error for the whole batch; reading writes
// nothing; applying what was read is one change that undo takes back whole. Batches of 1–4 files, mixing forms
// edited in every way with files that were never forms (see entry-workbook-inputs.ts).

// About 1,200 batches, 2,900 files a run (~55 s here); FUZZ_SCALE=0.2 for a quick look, FUZZ_SCALE=5 for a long hunt.
const RUNS = Math.max(20, Math.round(1_200 * Number(process.env.FUZZ_SCALE ?? 1)));
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** What a refusal says, as a tally key: the reason, not the file. */
const REASONS: [string, RegExp][] = [
  ['bomb', /bom nén/],
  ['too-large', /quá lớn để là phiếu/],
  ['too-many-cells', /ô dữ liệu, quá nhiều/],
  ['too-many-rows', /dòng chỉ số, không phải phiếu/],
  ['zip64', /ZIP64/],
  ['password-or-xls', /mật khẩu|97-2003/],
  ['not-xlsx', /không phải bảng tính Excel \(\.xlsx\)/],
  ['empty', /trống \(0 byte\)/],
  ['missing', /Không tìm thấy tệp/],
  ['not-a-file', /không phải một tệp/],
  ['damaged', /Không đọc được tệp/],
  ['not-a-form', /không phải phiếu nhập liệu của ứng dụng/],
  ['newer-format', /phiên bản ứng dụng mới hơn/],
  ['identity-broken', /mã nhận dạng đã bị sửa hoặc hỏng/],
  ['other-province', /không phải của/],
  ['other-year', /không phải năm/],
  ['unknown-institution', /không có trong tệp dữ liệu này/],
  ['code-mismatch', /trỏ tới cơ sở khác/],
  ['not-in-year', /không thuộc đánh giá năm/],
  ['duplicate-in-batch', /trùng cơ sở/],
  ['duplicate-row', /ở hai dòng/],
  ['missing-sheet', /thiếu trang/],
  ['no-rows', /không còn dòng chỉ số/],
];

describe('entry workbook import fuzzing', () => {
  let host: InProcessHost;
  let bases: Base[];
  let inputs: fc.Arbitrary<Built>;
  let baseline: string;
  let folder: string;
  const tally = new Map<string, number>();
  const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  let files = 0;
  let batches = 0;
  let appliedSets = 0;
  let checkedFigures = 0;

  const sqlite = () => host.ctx.workspace.require().sqlite;
  const digest = () =>
    createHash('sha256')
      .update(JSON.stringify(['indicator_values', 'assessments'].map((t) => sqlite().prepare(`SELECT * FROM ${t} ORDER BY id`).all())))
      .digest('hex');
  const changeSets = () => (sqlite().prepare('SELECT count(*) AS n FROM change_sets').get() as { n: number }).n;
  const figure = (institutionId: number, code: string, year: number) =>
    (
      sqlite()
        .prepare('SELECT v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE v.institution_id = ? AND i.code = ? AND v.year = ?')
        .get(institutionId, code, year) as { value: number | null } | undefined
    )?.value ?? null;

  beforeAll(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
    folder = join(host.dir, 'fuzz');
    mkdirSync(folder);
    const unit = new Map((sqlite().prepare('SELECT code, unit FROM indicators').all() as { code: string; unit: 'count' | 'yesno' }[]).map((r) => [r.code, r.unit]));
    const states = new Map((sqlite().prepare("SELECT institution_id AS id, state FROM assessments WHERE year = 2026").all() as { id: number; state: string }[]).map((r) => [r.id, r.state]));
    const ids = (sqlite().prepare("SELECT id FROM institutions WHERE status = 'active' ORDER BY id LIMIT 60").all() as { id: number }[]).map((r) => r.id);
    // 2026 returns in draft, submitted and none; a 2025 one, approved, whose cells come back locked.
    const pick = [...ids.filter((id) => states.get(id) === 'draft').slice(0, 3), ...ids.filter((id) => states.get(id) === 'submitted').slice(0, 2), ...ids.filter((id) => !states.has(id)).slice(0, 1)];
    bases = [];
    for (const [year, institutionIds] of [[2026, pick], [2025, ids.slice(0, 2)]] as const) {
      host.platform.directoryAnswers.push(join(host.dir, `phieu-${year}`));
      const exported = await host.call('assessment.exportEntryWorkbooks', { year, institutionIds: [...institutionIds] });
      for (const { file } of exported.files) {
        const read = await readEntryWorkbook(file);
        const bytes = readFileSync(file);
        bases.push({
          parts: inflateEntries(bytes, 'base', () => true),
          identity: read.identity,
          rows: [...read.rows].map(([code, cells], i) => ({ code, row: 7 + i, unit: unit.get(code)!, value: typeof cells.value === 'number' ? cells.value : null })),
          approved: year === 2025,
        });
      }
    }
    const institutions = sqlite().prepare('SELECT id, code FROM institutions ORDER BY id').all() as { id: number; code: string }[];
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet('Danh sách').addRow(['Mã cơ sở', 'Tên cơ sở']);
    inputs = entryInputs(bases, institutions, Buffer.from(await foreign.xlsx.writeBuffer()));
    baseline = digest();
  });

  afterAll(() => {
    console.info(
      `[entry-workbook fuzz] ${files} generated files in ${batches} batches; ${appliedSets} applied and undone, ${checkedFigures} typed figures checked in the database; ` +
        [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}=${n}`).join(', '),
    );
    host.cleanup();
  });

  /** Writes the batch, imports it, checks every file's outcome, sometimes applies all of it and undoes it. */
  async function feed(batch: Built[], year: number | undefined, applyIt: boolean): Promise<void> {
    batches += 1;
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    const paths = batch.map((built, i) => {
      const path = join(folder, `${i}-${built.kind}.xlsx`);
      if (built.bytes === 'directory') mkdirSync(path);
      else if (built.bytes !== 'missing') writeFileSync(path, built.bytes);
      return path;
    });
    files += batch.length;
    const sets = changeSets();
    host.platform.multiOpenAnswers.push(paths);
    const envelope = await host.dispatch('assessment.importEntryWorkbooks', year === undefined ? {} : { year });
    expect(envelope.ok, JSON.stringify(envelope).slice(0, 400)).toBe(true);
    const result = (envelope as { data: ImportEntryResult }).data;
    expect(digest()).toBe(baseline);
    expect(changeSets()).toBe(sets);

    const outcomes = [...result.rejected.map((r) => r.file), ...result.institutions.map((i) => i.file)].sort();
    expect(outcomes).toEqual(paths.map((p) => p.slice(folder.length + 1)).sort());
    for (const { file, message } of result.rejected) {
      expect(message, file).toContain(`“${file}”`);
      expect(message, file).toMatch(VIETNAMESE);
      expect(message, file).not.toMatch(/undefined|NaN|\[object|Error:/);
      const reason = REASONS.find(([, pattern]) => pattern.test(message))?.[0];
      expect(reason, message).toBeDefined();
      count(`rejected:${reason}`);
    }
    for (const institution of result.institutions) {
      count(institution.cells.length ? 'difference' : 'no-difference');
      for (const cell of institution.cells) if (cell.problem) expect(cell.problem.length, cell.indicatorCode).toBeGreaterThan(5);
    }
    if (!applyIt || !result.token || result.institutions.length === 0) return;

    const done = await host.dispatch('assessment.applyEntryImport', { token: result.token, accept: result.institutions.map((i) => ({ institutionId: i.institutionId, indicatorCodes: 'all' as const })) });
    expect(done.ok, JSON.stringify(done).slice(0, 400)).toBe(true);
    const applied = (done as { data: { changeSetId: number | null; rejected: { id: number | null; field: string }[] } }).data;
    // A plain figure typed by an institution lands exactly, unless it was refused with a reason.
    for (const [i, built] of batch.entries()) {
      const expected = built.expect;
      const read = result.institutions.find((r) => r.file === paths[i]!.slice(folder.length + 1));
      if (!expected || !read) continue;
      const cell = read.cells.find((c) => c.indicatorCode === expected.code);
      const refused = cell?.problem || read.locked || applied.rejected.some((r) => r.id === expected.institutionId && r.field === expected.code);
      if (refused) continue;
      expect(figure(expected.institutionId, expected.code, result.year!)).toBe(expected.value);
      checkedFigures += 1;
    }
    if (applied.changeSetId !== null) {
      appliedSets += 1;
      await host.call('history.undo', {});
    }
    expect(digest()).toBe(baseline);
  }

  it(`ends every one of thousands of returned files in a refusal naming it or a difference, writing nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(inputs, { minLength: 1, maxLength: 4 }), fc.constantFrom<number | undefined>(2026, 2026, 2026, 2025, undefined), fc.nat(9), async (batch, year, dice) =>
        feed(batch, year, dice < 3),
      ),
      { numRuns: RUNS },
    );
    expect(files).toBeGreaterThanOrEqual(RUNS);
    // The generators reach the paths they are meant to: differences, the apply path, and the main refusals.
    for (const key of ['difference', 'rejected:bomb', 'rejected:damaged', 'rejected:identity-broken', 'rejected:not-a-form']) expect(tally.get(key) ?? 0, key).toBeGreaterThan(0);
    expect(appliedSets).toBeGreaterThan(0);
    expect(checkedFigures).toBeGreaterThan(0);
  }, 300_000);
});
