import { describe, expect, it } from 'vitest';
import { projectAttainment } from '../../electron/services/targets/projection';

describe('projectAttainment (worked by hand)', () => {
  it('has nothing to project from without an actual figure', () => {
    expect(projectAttainment([], 2030)).toEqual({ value: null, basis: [], slopePerYear: null, method: 'none' });
  });

  it('carries a single year forward', () => {
    const p = projectAttainment([{ year: 2025, value: 42 }], 2030);
    expect(p).toMatchObject({ value: 42, slopePerYear: 0, method: 'carried' });
  });

  it('fits a line through the last three years: 40, 46, 49 in 2023–2025 → slope 4.5, 2030 = 72', () => {
    // mean year 2024, mean value 45; slope = ((-1)(-5) + 0 + (1)(4)) / 2 = 4.5; 2030: 45 + 4.5 × 6 = 72.
    const p = projectAttainment(
      [
        { year: 2022, value: 10 },
        { year: 2023, value: 40 },
        { year: 2024, value: 46 },
        { year: 2025, value: 49 },
      ],
      2030,
    );
    expect(p.method).toBe('linear');
    expect(p.basis.map((b) => b.year)).toEqual([2023, 2024, 2025]);
    expect(p.slopePerYear).toBeCloseTo(4.5, 10);
    expect(p.value).toBeCloseTo(72, 10);
  });

  it('clamps to 0–100', () => {
    expect(projectAttainment([{ year: 2024, value: 80 }, { year: 2025, value: 95 }], 2030).value).toBe(100);
    expect(projectAttainment([{ year: 2024, value: 20 }, { year: 2025, value: 5 }], 2030).value).toBe(0);
  });

  it('ignores years after the one asked for and sorts the input', () => {
    const p = projectAttainment([{ year: 2026, value: 90 }, { year: 2024, value: 30 }, { year: 2023, value: 20 }], 2025);
    expect(p.basis.map((b) => b.year)).toEqual([2023, 2024]);
    expect(p.value).toBeCloseTo(40, 10);
  });
});
