import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeKey, integerReader, textReader } from '../../../electron/services/grid/field-parsers';
import type { RegisterSpec } from '../../../electron/services/grid/field-spec';
import { judgeBatch } from '../../../electron/services/grid/validate-edits';

// The generic verdicts every register's grid gets (institutions now, projects and allocations later), on a
// register held in memory.

interface Row {
  id: number;
  code: string;
  count: number | null;
  closed: boolean;
}

function register(rows: Row[]): RegisterSpec<Row> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    table: 'projects',
    noun: 'dự án',
    load: (ids) => new Map(ids.filter((id) => byId.has(id)).map((id) => [id, byId.get(id)!])),
    lockedReason: (row, field) => (row.closed && field !== 'note' ? 'Đã đóng' : null),
    findByUnique: (_field, values) => rows.filter((r) => values.some((v) => codeKey(v) === codeKey(r.code))).map((r) => ({ id: r.id, value: r.code })),
    describe: (row) => row.code,
    fields: [
      { field: 'code', header: 'Mã', kind: 'text', column: 'code', required: true, parse: textReader(), uniqueKey: codeKey },
      { field: 'count', header: 'Số lượng', kind: 'integer', column: 'count', parse: integerReader({ min: 0 }) },
      { field: 'note', header: 'Ghi chú', kind: 'text', column: 'note', parse: textReader() },
      { field: 'state', header: 'Trạng thái', kind: 'text', readOnly: 'Chỉ đổi qua thao tác' },
    ],
  };
}

const rows: Row[] = [
  { id: 1, code: 'A', count: 1, closed: false },
  { id: 2, code: 'B', count: 2, closed: false },
  { id: 3, code: 'C', count: 3, closed: true },
];

describe('grid edit verdicts', () => {
  it('accepts, rejects and locks cell by cell; the last edit of a cell wins', () => {
    const verdicts = judgeBatch(register(rows), {
      edits: [
        { id: 1, field: 'count', value: '5' },
        { id: 1, field: 'count', value: '1.500' },
        { id: 2, field: 'count', value: 'x' },
        { id: 2, field: 'state', value: 'done' },
        { id: 2, field: 'nope', value: 1 },
        { id: 3, field: 'count', value: 4 },
        { id: 3, field: 'note', value: 'ok' },
        { id: 9, field: 'count', value: 1 },
      ],
      newRows: [],
    });
    expect([...verdicts.updates]).toEqual([
      [1, { count: 1500 }],
      [3, { note: 'ok' }],
    ]);
    expect(verdicts.rejected.map((p) => [p.id, p.field, p.code])).toEqual([
      [2, 'count', 'INVALID'],
      [2, 'state', 'READ_ONLY'],
      [2, 'nope', 'INVALID'],
      [3, 'count', 'LOCKED'],
      [9, 'count', 'NOT_FOUND'],
    ]);
  });

  it('finds duplicates before writing: an existing code wins, then the first in the batch', () => {
    const verdicts = judgeBatch(register(rows), {
      edits: [
        { id: 1, field: 'code', value: 'b' },
        { id: 2, field: 'code', value: 'D' },
      ],
      newRows: [{ code: 'd' }, { code: 'E' }, { code: 'e' }],
    });
    expect(verdicts.rejected.map((p) => [p.id, p.message])).toEqual([
      [1, 'Mã "b" đã có ở dự án khác'],
      [-1, 'Mã "d" trùng với B trong cùng thay đổi'],
      [-3, 'Mã "e" trùng với dòng mới 2 trong cùng thay đổi'],
    ]);
    expect([...verdicts.updates]).toEqual([[2, { code: 'D' }]]);
    expect(verdicts.inserts.map((i) => i.index)).toEqual([1]);
  });

  it('never accepts a cell it also rejects, and accounts for every cell sent (property)', () => {
    const edit = fc.record({
      id: fc.integer({ min: 1, max: 5 }),
      field: fc.constantFrom('code', 'count', 'note', 'state', 'other'),
      value: fc.oneof(fc.constantFrom('A', 'b', 'x', '', '1.000', '-1'), fc.integer({ min: -5, max: 5 }), fc.constant(null)),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        const verdicts = judgeBatch(register(rows), { edits, newRows: [] });
        const distinct = new Set(edits.map((e) => `${e.id}|${e.field}`));
        const accepted = new Set([...verdicts.updates].flatMap(([id, set]) => Object.keys(set).map((f) => `${id}|${f}`)));
        const rejected = new Set(verdicts.rejected.map((p) => `${p.id}|${p.field}`));
        for (const cell of accepted) expect(rejected.has(cell)).toBe(false);
        expect(accepted.size + rejected.size).toBe(distinct.size);
      }),
    );
  });
});
