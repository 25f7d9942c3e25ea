import { describe, expect, it } from 'vitest';
import type { AttainmentFormula } from '../../db/queries/attainment';
import { bandOf, countBands, distinctFormulas, readinessBands, readinessScore } from '../../electron/services/dashboard/readiness';

// Readiness of an institution = the plain average of its own shares under the applicable target formulas
// (count formulas capped at 100 %, a yes/no answer 100 % or 0 %), in bands of 25 points. Worked by hand below.

const trained: AttainmentFormula = { numerator: ['staff_trained'], denominator: ['teachers', 'managers'], typeCodes: null };
const materials: AttainmentFormula = { numerator: ['teachers_materials'], denominator: ['teachers'], typeCodes: null };
const connected: AttainmentFormula = { numerator: ['connected'], denominator: null, typeCodes: ['CD', 'TC'] };
const formulas = [trained, materials, connected];
const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('readiness bands', () => {
  it('cuts at 25, 50 and 75 points, the lower bound inside the band', () => {
    expect([null, 0, 24.99, 25, 49.99, 50, 74.99, 75, 100].map(bandOf)).toEqual([
      'none', 'low', 'low', 'developing', 'developing', 'advanced', 'advanced', 'ready', 'ready',
    ]);
  });
});

describe('readiness score', () => {
  it('averages a college’s three shares: 20/(40+10) = 40 %, 30/40 = 75 %, connected = 100 % → 71,67 %', () => {
    const score = readinessScore('CD', values({ staff_trained: 20, teachers: 40, managers: 10, teachers_materials: 30, connected: 1 }), formulas);
    expect(score).toBeCloseTo((40 + 75 + 100) / 3, 10);
    expect(bandOf(score)).toBe('advanced');
  });

  it('leaves out a formula of another subject, caps a share at 100 % and skips a formula with a figure missing', () => {
    // A VET centre: "connected" is for colleges and intermediate schools; 60 trained of 50 staff is capped; no materials figure.
    expect(readinessScore('TTGDNN', values({ staff_trained: 60, teachers: 40, managers: 10, connected: 0 }), formulas)).toBe(100);
  });

  it('counts a "no" as 0 % and skips a zero denominator', () => {
    // trained: 0/(0+0) skipped; materials: 0 teachers skipped; connected "no" → 0 %.
    expect(readinessScore('TC', values({ staff_trained: 0, teachers: 0, managers: 0, teachers_materials: 0, connected: 0 }), formulas)).toBe(0);
  });

  it('is null without any computable share', () => {
    expect(readinessScore('CD', values({ teachers: 40 }), formulas)).toBeNull();
    expect(readinessScore('CD', values({}), [])).toBeNull();
  });
});

describe('readiness over institutions', () => {
  it('keeps each formula once, whatever the order of its indicators', () => {
    const again: AttainmentFormula = { numerator: ['staff_trained'], denominator: ['managers', 'teachers'], typeCodes: null };
    expect(distinctFormulas([trained, materials, again, connected])).toEqual([trained, materials, connected]);
  });

  it('bands every institution of the year, one without figures included, and counts them in reading order', () => {
    const figures = [
      { institutionId: 1, code: 'staff_trained', value: 5 },
      { institutionId: 1, code: 'teachers', value: 40 },
      { institutionId: 1, code: 'managers', value: 10 }, // 10 % → low
      { institutionId: 2, code: 'connected', value: 1 }, // 100 % → ready
      { institutionId: 3, code: 'teachers_materials', value: 12 },
      { institutionId: 3, code: 'teachers', value: 40 }, // 30 % → developing
    ];
    const bands = readinessBands([{ id: 1, typeCode: 'TC' }, { id: 2, typeCode: 'CD' }, { id: 3, typeCode: 'TTGDNN' }, { id: 4, typeCode: 'CD' }], figures, formulas);
    expect([...bands]).toEqual([[1, 'low'], [2, 'ready'], [3, 'developing'], [4, 'none']]);
    expect(countBands(bands)).toEqual([
      { band: 'low', count: 1 },
      { band: 'developing', count: 1 },
      { band: 'advanced', count: 0 },
      { band: 'ready', count: 1 },
      { band: 'none', count: 1 },
    ]);
  });
});
