import { describe, expect, it } from 'vitest';
import { numberLine, placeDateLine, vietnameseLongDate } from '../../electron/services/submission-export/report/dates';

// Decree 30/2020/NĐ-CP: days below 10 and the months January and February take a leading zero; nothing else does.
describe('the place and date line of a document', () => {
  it('writes the example of the decree', () => {
    expect(placeDateLine('Hà Tĩnh', '2026-02-05', 2026)).toBe('Hà Tĩnh, ngày 05 tháng 02 năm 2026');
  });

  it('pads days 1–9 and months 1–2 only', () => {
    expect(vietnameseLongDate('2026-01-01')).toBe('ngày 01 tháng 01 năm 2026');
    expect(vietnameseLongDate('2026-02-09')).toBe('ngày 09 tháng 02 năm 2026');
    expect(vietnameseLongDate('2026-02-10')).toBe('ngày 10 tháng 02 năm 2026');
    expect(vietnameseLongDate('2026-03-05')).toBe('ngày 05 tháng 3 năm 2026');
    expect(vietnameseLongDate('2025-09-30')).toBe('ngày 30 tháng 9 năm 2025');
    expect(vietnameseLongDate('2025-10-01')).toBe('ngày 01 tháng 10 năm 2025');
    expect(vietnameseLongDate('2025-12-31')).toBe('ngày 31 tháng 12 năm 2025');
  });

  it('takes a full timestamp, and refuses dates that do not exist', () => {
    expect(vietnameseLongDate('2026-02-05T09:00:00.000+07:00')).toBe('ngày 05 tháng 02 năm 2026');
    expect(vietnameseLongDate('2026-02-30')).toBeNull();
    expect(vietnameseLongDate('05/02/2026')).toBeNull();
  });

  it('leaves the day and month blank for the clerk when the document has no date yet', () => {
    const line = placeDateLine('Sông Lam', null, 2026);
    expect(line).toMatch(/^Sông Lam, ngày\s+tháng\s+năm 2026$/);
    expect(line.replace(/\u00a0+/g, '_')).toBe('Sông Lam, ngày_tháng_năm 2026');
  });

  it('numbers the document as "Số: 15/BC-SGDĐT", or leaves room for the register number', () => {
    expect(numberLine('15', 'BC-SGDĐT')).toBe('Số: 15/BC-SGDĐT');
    expect(numberLine(' ', 'BC-SGDĐT')).toMatch(/^Số: \u00a0+\/BC-SGDĐT$/);
    expect(numberLine('15', '')).toBe('Số: 15');
  });
});
