import { describe, expect, it } from 'vitest';
import { CellMarks } from '../../../renderer/components/grid/cell-marks';

describe('cell marks', () => {
  it('marks rejected cells red with the refused text, warned cells amber, and clears what was accepted', () => {
    const marks = new CellMarks();
    marks.set(1, 'teachers', { level: 'invalid', message: 'old' });
    marks.set(2, 'teachers', { level: 'warning', message: 'stale warning' });
    marks.applyResult(
      [
        { id: 1, field: 'teachers', text: '12' },
        { id: 2, field: 'learners', text: '40000' },
        { id: 3, field: 'learners', text: 'abc' },
      ],
      {
        rejected: [
          { id: 3, field: 'learners', code: 'INVALID', message: '"abc" không phải là số' },
          { id: -1, field: 'name', code: 'INVALID', message: 'thiếu tên' },
        ],
        warnings: [{ id: 2, field: 'learners', message: 'nhiều bất thường' }],
      },
    );
    expect(marks.get(1, 'teachers')).toBeUndefined();
    expect(marks.get(2, 'teachers')).toBeUndefined();
    expect(marks.get(2, 'learners')).toEqual({ level: 'warning', message: 'nhiều bất thường' });
    expect(marks.get(3, 'learners')).toEqual({ level: 'invalid', message: '"abc" không phải là số', text: 'abc' });
    expect(marks.size).toBe(2);
  });
});
