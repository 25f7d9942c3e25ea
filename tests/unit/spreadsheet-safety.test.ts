import { describe, expect, it } from 'vitest';
import { neutraliseFormula, sanitiseFileName } from '../../electron/services/export/spreadsheet-safety';

describe('spreadsheet safety', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const attack of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(attack)).toBe(`'${attack}`);
    }
    expect(neutraliseFormula('Trường Cao đẳng')).toBe('Trường Cao đẳng');
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(neutraliseFormula(null)).toBe(null);
  });

  it('makes file names valid everywhere without losing Vietnamese letters', () => {
    expect(sanitiseFileName('Báo cáo: năm 2026 / Sông Lam?')).toBe('Báo cáo- năm 2026 - Sông Lam-');
    expect(sanitiseFileName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(sanitiseFileName('CON')).toBe('tep');
    expect(sanitiseFileName('   ')).toBe('tep');
    expect(sanitiseFileName('a\u0000b.xlsx')).toBe('a-b.xlsx');
  });
});
