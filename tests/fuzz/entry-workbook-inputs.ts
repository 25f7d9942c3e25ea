import fc from 'fast-check';
import { type EntryIdentity, identityChecksum, identityFields } from '../../electron/services/assessment/entry-workbook/identity';
import { ENTRY_LIMITS } from '../../electron/services/assessment/entry-workbook/read-limits';
import { deflatedZip, honestZipBomb, lyingZipBomb, oleHeader, storedZip } from '../fixtures/import/hostile-files';

// What returns from institutions, built at the XML level so thousands fit in a CI run: the app's own entry workbooks
// with cells, identity, sheets and rows changed in every way a person, another program or an attacker could, then
// re-zipped (stored or deflated) and sometimes damaged byte by byte; beside them, files that are not forms at all.

/** One exported workbook, taken apart once. */
export interface Base {
  parts: Map<string, Buffer>;
  identity: EntryIdentity;
  /** Indicator rows on the data sheet, in order: code, row number, unit, the value the workbook went out with. */
  rows: { code: string; row: number; unit: 'count' | 'yesno'; value: number | null }[];
  /** The return is approved: cells come back locked. */
  approved: boolean;
}

export interface Built {
  kind: string;
  bytes: Buffer | 'missing' | 'directory';
  /** For a plain edit of one count cell: what must land in the database if it is applied. */
  expect?: { institutionId: number; code: string; value: number };
}

const DATA = 'xl/worksheets/sheet2.xml';
const IDENTITY = 'xl/worksheets/sheet3.xml';
const WORKBOOK = 'xl/workbook.xml';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell as another program might write it: every type attribute, with and without a value, and some nonsense. */
type CellSpec =
  | { t: 'n'; v: number | string }
  | { t: 'str'; text: string; raw: boolean }
  | { t: 'b'; v: string }
  | { t: 'e'; v: string }
  | { t: 'f'; formula: string; result: string | null }
  | { t: 's'; index: number | string }
  | { t: 'd'; v: string }
  | { t: 'empty' }
  | { t: 'junk'; xml: string };

function cellXml(ref: string, spec: CellSpec): string {
  switch (spec.t) {
    case 'n':
      return `<c r="${ref}"><v>${String(spec.v)}</v></c>`;
    case 'str':
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${spec.raw ? spec.text : escapeXml(spec.text)}</t></is></c>`;
    case 'b':
      return `<c r="${ref}" t="b"><v>${spec.v}</v></c>`;
    case 'e':
      return `<c r="${ref}" t="e"><v>${spec.v}</v></c>`;
    case 'f':
      return `<c r="${ref}"><f>${escapeXml(spec.formula)}</f>${spec.result === null ? '' : `<v>${spec.result}</v>`}</c>`;
    case 's':
      return `<c r="${ref}" t="s"><v>${spec.index}</v></c>`;
    case 'd':
      return `<c r="${ref}" t="d"><v>${spec.v}</v></c>`;
    case 'empty':
      return `<c r="${ref}"/>`;
    case 'junk':
      return spec.xml.replace('REF', ref);
  }
}

/** Replaces the cell `ref` (or adds it to its row) in a sheet's XML. */
export function putCell(xml: string, ref: string, cell: string): string {
  const existing = new RegExp(`<c r="${ref}"(?:[^>]*?/>|[^>]*?>[\\s\\S]*?</c>)`);
  if (existing.test(xml)) return xml.replace(existing, () => cell);
  const row = ref.replace(/^[A-Z]+/, '');
  const rowTag = new RegExp(`(<row r="${row}"[^>]*?)(/>|>([\\s\\S]*?)</row>)`);
  if (rowTag.test(xml)) return xml.replace(rowTag, (_, open: string, __: string, inner: string | undefined) => `${open}>${inner ?? ''}${cell}</row>`);
  return xml.replace('</sheetData>', () => `<row r="${row}">${cell}</row></sheetData>`);
}

const words = fc.constantFrom(
  '12', '1.234', '1,5', '-3', '0', ' 7 ', 'mười hai', 'Có', 'Không', 'có', 'KHÔNG', 'Co', 'x', '', ' ', '#N/A', "'=1+1", '=HYPERLINK("http://x")',
  '@SUM(A1)', '+84', 'Ghi chú: tạm tính', 'Trường Cao đẳng'.normalize('NFD'), '\u202eabc', '1e5', 'NaN', 'Infinity', '٣',
);
const text = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 40_000 }).map((n) => 'Ư'.repeat(n)) },
);
const cellSpec: fc.Arbitrary<CellSpec> = fc.oneof(
  { weight: 5, arbitrary: fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.double(), fc.constantFrom(1e308, -0, 2 ** 53 + 2, 0.5, 'abc', '', '1e999', 'NaN')).map((v) => ({ t: 'n' as const, v })) },
  { weight: 5, arbitrary: fc.tuple(text, fc.boolean()).map(([t, raw]) => ({ t: 'str' as const, text: t, raw: raw && t.length < 60 })) },
  { weight: 1, arbitrary: fc.constantFrom('0', '1', '7', 'true', '').map((v) => ({ t: 'b' as const, v })) },
  { weight: 1, arbitrary: fc.constantFrom('#DIV/0!', '#N/A', '#REF!', 'oops').map((v) => ({ t: 'e' as const, v })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('1+1', 'SUM(E7:E9)', 'A1', ''), fc.option(fc.constantFrom('2', '-1', 'x', '3.5'))).map(([formula, result]) => ({ t: 'f' as const, formula, result })) },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 0, max: 70 }), fc.constantFrom(-1, 99_999, 'x', '')).map((index) => ({ t: 's' as const, index })) },
  { weight: 1, arbitrary: fc.constantFrom('2026-01-01T00:00:00Z', '2026-13-45', '', 'hôm qua').map((v) => ({ t: 'd' as const, v })) },
  { weight: 1, arbitrary: fc.constant({ t: 'empty' as const }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<c r="REF" t="zz"><v>1</v></c>',
      '<c r="REF"><v>1</v><v>2</v></c>',
      '<c r="REF" t="inlineStr"><is><r><t>ghép</t></r><r><t> chữ</t></r></is></c>',
      '<c r="REF" t="inlineStr"></c>',
      '<c r="REF"><v>&#1;</v></c>',
      '<c r="REF" s="99999"><v>5</v></c>',
      '<c><v>5</v></c>',
      '<c r="REF"><v>5</c>',
    ).map((xml) => ({ t: 'junk' as const, xml })),
  },
);

function withParts(base: Base, change: (parts: Map<string, Buffer>) => void): Map<string, Buffer> {
  const parts = new Map(base.parts);
  change(parts);
  return parts;
}
const edit = (parts: Map<string, Buffer>, name: string, f: (xml: string) => string) => {
  const part = parts.get(name);
  if (part) parts.set(name, Buffer.from(f(part.toString('utf8')), 'utf8'));
};

const zip = (parts: Map<string, Buffer>, deflate: boolean) =>
  deflate ? deflatedZip([...parts].map(([name, data]) => ({ name, data }))) : storedZip(parts);

/** Values of the wrong kind, or right kind and wrong value, for each identity field; `other` names a real institution. */
function identityValue(field: (typeof identityFields)[number], base: Base, other: { id: number; code: string }): fc.Arbitrary<string | number> {
  const common = fc.oneof(fc.constantFrom('', ' ', 0, -1, 1.5, 1e300, 'Có'), fc.string({ maxLength: 12 }));
  const plausible: Record<(typeof identityFields)[number], fc.Arbitrary<string | number>> = {
    app: fc.constantFrom('gdnn-dx-planner/phieu-nhap-lieu-khac', 'GDNN-DX-PLANNER/PHIEU-NHAP-LIEU'),
    formatVersion: fc.constantFrom(0, 2, 99, '1', 1.5),
    provinceName: fc.constantFrom(base.identity.provinceName.normalize('NFD'), ` ${base.identity.provinceName} `, 'Tỉnh Khác', base.identity.provinceName.toUpperCase()),
    year: fc.constantFrom(base.identity.year - 1, base.identity.year + 1, String(base.identity.year), base.identity.year + 0.5, 1899, 2201),
    institutionCode: fc.constantFrom(other.code, base.identity.institutionCode.toLowerCase(), `${base.identity.institutionCode} `),
    institutionId: fc.constantFrom(other.id, 0, 999_999, String(base.identity.institutionId), base.identity.institutionId + 0.5),
    createdAt: fc.constantFrom('2020-01-01', 'hôm nay', ''),
  };
  return fc.oneof({ weight: 3, arbitrary: plausible[field] }, { weight: 1, arbitrary: common });
}

/** Writes an identity field as another copy of the app (reseal) or a hand edit (checksum left) would. */
function identityEdit(bases: Base[], institutions: { id: number; code: string }[]): fc.Arbitrary<Built> {
  return fc
    .tuple(fc.constantFrom(...bases), fc.constantFrom(...institutions), fc.constantFrom(...identityFields), fc.boolean(), fc.boolean(), fc.nat())
    .chain(([base, other, field, reseal, swapBoth, seed]) =>
      identityValue(field, base, other).map((value) => {
        const identity: Record<string, unknown> = { ...base.identity, [field]: value };
        // The most plausible forgery: another institution's id AND code, resealed; it must be read as that one.
        if (swapBoth) Object.assign(identity, { institutionId: other.id, institutionCode: other.code });
        const parts = withParts(base, (p) =>
          edit(p, IDENTITY, (xml) => {
            let out = xml;
            for (const [i, f] of identityFields.entries()) {
              const v = identity[f];
              if (v === base.identity[f]) continue;
              out = putCell(out, `B${i + 1}`, cellXml(`B${i + 1}`, typeof v === 'number' ? { t: 'n', v } : { t: 'str', text: String(v), raw: false }));
            }
            if (reseal) out = putCell(out, 'B8', cellXml('B8', { t: 'str', text: identityChecksum(identity as unknown as EntryIdentity), raw: false }));
            return out;
          }),
        );
        return { kind: `identity-${field}${swapBoth ? '+swap' : ''}${reseal ? '-resealed' : ''}`, bytes: zip(parts, seed % 2 === 0) };
      }),
    );
}

/** Cells of the data sheet set to anything a cell can hold; sometimes the code column too. */
function cellEdits(bases: Base[]): fc.Arbitrary<Built> {
  return fc
    .tuple(fc.constantFrom(...bases), fc.array(fc.tuple(fc.nat(), fc.constantFrom('F', 'F', 'G', 'B'), cellSpec), { minLength: 1, maxLength: 6 }), fc.boolean())
    .map(([base, edits, deflate]) => {
      const parts = withParts(base, (p) =>
        edit(p, DATA, (xml) => edits.reduce((out, [pick, column, spec]) => putCell(out, `${column}${base.rows[pick % base.rows.length]!.row}`, cellXml(`${column}${base.rows[pick % base.rows.length]!.row}`, spec)), xml)),
      );
      return { kind: `cells-${edits.map(([, column, spec]) => `${column}${spec.t}`).join('')}`.slice(0, 40), bytes: zip(parts, deflate) };
    });
}

/** A count typed in one cell, as an institution would: must come back as exactly that figure. */
function plainEdit(bases: Base[]): fc.Arbitrary<Built> {
  const editable = bases.filter((b) => !b.approved);
  return fc.tuple(fc.constantFrom(...editable), fc.nat(), fc.integer({ min: 0, max: 5_000 }), fc.boolean()).map(([base, pick, value, deflate]) => {
    const counts = base.rows.filter((r) => r.unit === 'count');
    const row = counts[pick % counts.length]!;
    const parts = withParts(base, (p) => edit(p, DATA, (xml) => putCell(xml, `F${row.row}`, cellXml(`F${row.row}`, { t: 'n', v: value }))));
    return { kind: 'plain-count', bytes: zip(parts, deflate), expect: { institutionId: base.identity.institutionId, code: row.code, value } };
  });
}

/** Sheets renamed, hidden, dropped; rows duplicated, moved to the bottom of the sheet, or thousands of them. */
function structureEdits(bases: Base[]): fc.Arbitrary<Built> {
  const change = fc.constantFrom('rename-data', 'rename-identity', 'show-identity', 'drop-identity-part', 'drop-data-part', 'drop-strings', 'dup-row', 'far-row', 'many-rows', 'no-rows', 'dup-identity-key');
  return fc.tuple(fc.constantFrom(...bases), change, fc.boolean()).map(([base, what, deflate]) => {
    const first = base.rows[0]!;
    const parts = withParts(base, (p) => {
      if (what === 'rename-data') edit(p, WORKBOOK, (x) => x.replace('name="Số liệu"', 'name="So lieu"'));
      if (what === 'rename-identity') edit(p, WORKBOOK, (x) => x.replace('name="ma_nhan_dang"', 'name="Sheet3"'));
      if (what === 'show-identity') edit(p, WORKBOOK, (x) => x.replace('state="veryHidden"', 'state="visible"'));
      if (what === 'drop-identity-part') p.delete(IDENTITY);
      if (what === 'drop-data-part') p.delete(DATA);
      if (what === 'drop-strings') p.delete('xl/sharedStrings.xml');
      if (what === 'dup-row') edit(p, DATA, (x) => putCell(x, `B${base.rows.at(-1)!.row + 3}`, cellXml(`B${base.rows.at(-1)!.row + 3}`, { t: 'str', text: first.code, raw: false })));
      if (what === 'far-row') edit(p, DATA, (x) => putCell(x, 'B1048576', cellXml('B1048576', { t: 'str', text: 'ma_la', raw: false })));
      if (what === 'no-rows') edit(p, DATA, (x) => x.replace(/<row r="([7-9]|[1-9]\d+)"[\s\S]*?<\/row>/g, ''));
      if (what === 'dup-identity-key') edit(p, IDENTITY, (x) => putCell(putCell(x, 'A9', cellXml('A9', { t: 'str', text: 'year', raw: false })), 'B9', cellXml('B9', { t: 'n', v: 1999 })));
      if (what === 'many-rows') {
        const rows = Array.from({ length: ENTRY_LIMITS.rows + 5 }, (_, i) => `<row r="${100 + i}"><c r="B${100 + i}" t="inlineStr"><is><t>ma_${i}</t></is></c><c r="F${100 + i}"><v>${i}</v></c></row>`).join('');
        edit(p, DATA, (x) => x.replace('</sheetData>', () => `${rows}</sheetData>`));
      }
    });
    return { kind: `structure-${what}`, bytes: zip(parts, deflate) };
  });
}

/** A good or edited workbook, then cut short, bytes overwritten, or junk spliced in. */
function damaged(source: fc.Arbitrary<Built>): fc.Arbitrary<Built> {
  return fc.tuple(source, fc.constantFrom('truncate', 'flip', 'splice'), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 30 }), fc.uint8Array({ minLength: 1, maxLength: 500 })).map(
    ([built, how, at, flips, junk]) => {
      const good = built.bytes as Buffer;
      let bytes: Buffer;
      if (how === 'truncate') bytes = good.subarray(0, at % good.length);
      else if (how === 'flip') {
        bytes = Buffer.from(good);
        for (const [where, byte] of flips) bytes[where % bytes.length] = byte;
      } else bytes = Buffer.concat([good.subarray(0, at % good.length), Buffer.from(junk), good.subarray(at % good.length)]);
      return { kind: `damaged-${how}`, bytes };
    },
  );
}

/** The "encrypted" flag set on every central directory entry, as a zip with a password has it. */
function encrypted(zipBytes: Buffer): Buffer {
  const copy = Buffer.from(zipBytes);
  for (let at = copy.indexOf('PK\u0001\u0002'); at >= 0; at = copy.indexOf('PK\u0001\u0002', at + 4)) copy.writeUInt16LE(copy.readUInt16LE(at + 8) | 1, at + 8);
  return copy;
}

const WORKBOOK_XML = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>';

/** Files that were never forms: bombs, foreign formats, random bytes, sizes past every bound. */
export function strangers(foreignWorkbook: Buffer): fc.Arbitrary<Built> {
  // Built once: making a bomb costs more than refusing it.
  const lying = lyingZipBomb();
  const honest = honestZipBomb();
  const ratio = deflatedZip([{ name: WORKBOOK, data: Buffer.from(WORKBOOK_XML) }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(4 * 1024 * 1024, 0x20) }]);
  const entries = deflatedZip(Array.from({ length: ENTRY_LIMITS.zipEntries + 1 }, (_, i) => ({ name: `p/${i}`, data: Buffer.from('x') })));
  const zip64 = Buffer.from(storedZip(new Map([[WORKBOOK, Buffer.from(WORKBOOK_XML)]])));
  zip64.writeUInt16LE(0xffff, zip64.length - 22 + 10);
  const cells = `<worksheet><sheetData>${Array.from({ length: 11_000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 10 }, (__, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r + c}</v></c>`).join('')}</row>`).join('')}</sheetData></worksheet>`;
  const tooManyCells = deflatedZip([{ name: WORKBOOK, data: Buffer.from(WORKBOOK_XML) }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(cells) }]);
  return fc.oneof(
    fc.constantFrom<Built>(
      { kind: 'bomb-lying', bytes: lying },
      { kind: 'bomb-honest', bytes: honest },
      { kind: 'bomb-ratio', bytes: ratio },
      { kind: 'bomb-entries', bytes: entries },
      { kind: 'zip64', bytes: zip64 },
      { kind: 'too-many-cells', bytes: tooManyCells },
      { kind: 'ole', bytes: oleHeader() },
      { kind: 'empty', bytes: Buffer.alloc(0) },
      { kind: 'csv', bytes: Buffer.from('Mã chỉ số;Giá trị\nteachers_total;12\n') },
      { kind: 'foreign-workbook', bytes: foreignWorkbook },
      { kind: 'encrypted', bytes: encrypted(foreignWorkbook) },
      { kind: 'missing', bytes: 'missing' },
      { kind: 'directory', bytes: 'directory' },
    ),
    fc.integer({ min: 1, max: 3 }).map((extra): Built => ({ kind: 'huge', bytes: Buffer.concat([foreignWorkbook, Buffer.alloc(ENTRY_LIMITS.fileBytes + extra * 1024, 0x41)]) })),
    fc.uint8Array({ maxLength: 3000 }).map((b): Built => ({ kind: 'random', bytes: Buffer.from(b) })),
    fc.uint8Array({ maxLength: 3000 }).map((b): Built => ({ kind: 'pk-random', bytes: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(b)]) })),
    fc.integer({ min: 1, max: 40 }).map((n): Built => ({ kind: 'xml-junk-zip', bytes: zip(new Map([[WORKBOOK, Buffer.from('<'.repeat(n))], ['xl/worksheets/sheet1.xml', Buffer.from('<worksheet><sheetData><row')]]), n % 2 === 0) })),
  );
}

/** Every kind of input, weighted so most are near-valid forms, where the interesting bugs live. */
export function entryInputs(bases: Base[], institutions: { id: number; code: string }[], foreignWorkbook: Buffer): fc.Arbitrary<Built> {
  const untouched = fc.tuple(fc.constantFrom(...bases), fc.boolean()).map(([base, deflate]): Built => ({ kind: 'untouched', bytes: zip(base.parts, deflate) }));
  const nearValid = fc.oneof(untouched, cellEdits(bases), identityEdit(bases, institutions), structureEdits(bases));
  return fc.oneof(
    { weight: 2, arbitrary: untouched },
    { weight: 4, arbitrary: plainEdit(bases) },
    { weight: 7, arbitrary: cellEdits(bases) },
    { weight: 5, arbitrary: identityEdit(bases, institutions) },
    { weight: 3, arbitrary: structureEdits(bases) },
    { weight: 4, arbitrary: damaged(nearValid) },
    { weight: 3, arbitrary: strangers(foreignWorkbook) },
  );
}
