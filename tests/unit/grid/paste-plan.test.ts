import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planPaste } from '../../../renderer/components/grid/paste-plan';
import { editsFromTargets, newRowsFromTexts } from '../../../renderer/components/grid/range-edits';
import type { EditableColumn } from '../../../renderer/components/grid/types';

interface Row {
  id: number;
  code: string;
  teachers: number | null;
  status: string;
}

const columns: EditableColumn<Row>[] = [
  { field: 'code', header: 'Mã', kind: 'text', required: true },
  { field: 'teachers', header: 'Nhà giáo', kind: 'integer', min: 0, lockedReason: (r) => (r.status === 'merged' ? 'Đã sáp nhập' : null) },
  { field: 'status', header: 'Tình trạng', kind: 'text', editable: false },
];

describe('paste mapping', () => {
  const grid = { rowCount: 4, colCount: 5, isEditableColumn: (c: number) => c !== 0 && c !== 3 };

  it('lands the block at the selection top-left, skipping read-only and outside columns, collecting new rows', () => {
    const plan = planPaste(
      [
        ['a', 'b', 'c', 'd', 'e'],
        ['f', 'g', 'h', 'i', 'j'],
      ],
      { top: 3, left: 1, bottom: 3, right: 1 },
      grid,
    );
    expect(plan.cells).toEqual([
      { row: 3, col: 1, text: 'a' },
      { row: 3, col: 2, text: 'b' },
      { row: 3, col: 4, text: 'd' },
    ]);
    expect(plan.newRows).toEqual([{ index: 0, cells: [{ col: 1, text: 'f' }, { col: 2, text: 'g' }, { col: 4, text: 'i' }] }]);
    expect(plan.skippedReadOnly).toBe(2);
    expect(plan.skippedOutside).toBe(2);
  });

  it('fills a whole selection with one copied value', () => {
    const plan = planPaste([['7']], { top: 1, left: 1, bottom: 2, right: 2 }, grid);
    expect(plan.cells.map((c) => [c.row, c.col])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
    ]);
    expect(plan.newRows).toEqual([]);
  });

  it('never edits outside the grid or a read-only column, and accounts for every pasted cell (property)', () => {
    const block = fc.array(fc.array(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(block, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 8 }), fc.nat(12), fc.nat(9), fc.func(fc.boolean()), (cells, rowCount, colCount, top, left, editable) => {
        const g = { rowCount, colCount, isEditableColumn: (c: number) => editable(c) };
        const range = { top: Math.min(top, rowCount - 1), left: Math.min(left, colCount - 1), bottom: Math.min(top, rowCount - 1), right: Math.min(left, colCount - 1) };
        const plan = planPaste(cells, range, g);
        for (const cell of plan.cells) {
          expect(cell.row).toBeLessThan(rowCount);
          expect(cell.col).toBeLessThan(colCount);
          expect(g.isEditableColumn(cell.col)).toBe(true);
        }
        for (const row of plan.newRows) for (const cell of row.cells) expect(g.isEditableColumn(cell.col) && cell.col < colCount).toBe(true);
        const placed = plan.cells.length + plan.newRows.reduce((n, r) => n + r.cells.length, 0);
        const pasted = cells.reduce((n, r) => n + r.length, 0);
        expect(placed + plan.skippedReadOnly + plan.skippedOutside).toBe(pasted);
      }),
    );
  });
});

describe('texts → edits', () => {
  const rows: Row[] = [
    { id: 10, code: 'A', teachers: 5, status: 'active' },
    { id: 11, code: 'B', teachers: 6, status: 'merged' },
  ];

  it('parses each cell by its column, reports locked, read-only and invalid cells, and drops unchanged ones', () => {
    const { edits, issues } = editsFromTargets([
      { rowIndex: 0, row: rows[0]!, column: columns[1]!, text: '1.234' },
      { rowIndex: 0, row: rows[0]!, column: columns[0]!, text: 'A' },
      { rowIndex: 1, row: rows[1]!, column: columns[1]!, text: '9' },
      { rowIndex: 1, row: rows[1]!, column: columns[2]!, text: 'x' },
      { rowIndex: 0, row: rows[0]!, column: columns[0]!, text: '' },
      { rowIndex: 0, row: rows[0]!, column: columns[1]!, text: 'abc' },
    ]);
    expect(edits).toEqual([{ id: 10, field: 'teachers', value: 1234, text: '1.234' }]);
    expect(issues.map((i) => [i.id, i.field, i.message])).toEqual([
      [11, 'teachers', 'Đã sáp nhập'],
      [11, 'status', 'Cột Tình trạng không sửa được'],
      [10, 'code', 'Mã không được để trống'],
      [10, 'teachers', '"abc" không phải là số'],
    ]);
  });

  it('takes values as they are when filling down', () => {
    const { edits } = editsFromTargets([{ rowIndex: 0, row: rows[0]!, column: columns[1]!, value: 30 }]);
    expect(edits).toEqual([{ id: 10, field: 'teachers', value: 30, text: '30' }]);
  });

  it('turns pasted rows below the last into new rows, numbering their problems like the server', () => {
    const { newRows, issues } = newRowsFromTexts([
      { index: 0, cells: [{ column: columns[0]!, text: 'C' }, { column: columns[1]!, text: 'x' }] },
      { index: 1, cells: [{ column: columns[0]!, text: 'D' }] },
    ]);
    expect(newRows).toEqual([{ code: 'C' }, { code: 'D' }]);
    expect(issues).toEqual([{ rowIndex: -1, id: -1, field: 'teachers', header: 'Nhà giáo', text: 'x', message: '"x" không phải là số' }]);
  });
});
