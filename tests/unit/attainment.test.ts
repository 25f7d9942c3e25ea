import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/client';
import { migrate, readMigrations } from '../../db/migrate';
import { attainmentSums } from '../../db/queries/attainment';
import { loadReferenceData } from '../../db/reference/load';
import { attainmentFor } from '../../electron/services/assessment/attainment';
import { suggestTrajectory, targetForYear, type YearValue } from '../../electron/services/assessment/target-year';

// Attainment from counts, on figures small enough to check with a pencil. Four institutions in 2025:
//
//   inst  type     teachers managers trained  connected digitised
//   A     CD          100      20      60        1        1
//   B     TC           40      10      45        0        1
//   C     TTGDNN       10       5       –        1        0
//   D     CD           50       –      20        –        –
//
// a1 = trained / (teachers + managers), over institutions that reported ALL three:
//   A: 60 / 120, B: 45 / 50; C lacks "trained", D lacks "managers" → both left out.
//   Σ 105 / Σ 170 = 61.7647…%   (the average of A's 50% and B's 90% would be 70%: wrong, B is small)
// c2 = colleges and intermediate schools (CD, TC) connected / those that answered:
//   A = 1, B = 0 answered; D did not answer; C is a centre, not in the subject → 1 / 2 = 50%.
// d2 = all institutions digitised / those that answered: A 1, B 1, C 0; D did not answer → 2 / 3 = 66.67%.

// Not from test-host: a unit test needs the schema, not the service host.
const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../db/migrations', import.meta.url));

let sqlite: Sqlite;

function fixture(db: Sqlite) {
  const id = (table: string, code: string) => (db.prepare(`SELECT id FROM ${table} WHERE code = ?`).get(code) as { id: number }).id;
  const insertInstitution = db.prepare('INSERT INTO institutions (code, name, type_id, ownership_id, founded_year) VALUES (?, ?, ?, ?, 2000)');
  const insertValue = db.prepare('INSERT INTO indicator_values (institution_id, indicator_id, year, value) VALUES (?, ?, ?, ?)');
  const rows: [string, string, Record<string, number | null>][] = [
    ['A', 'CD', { teachers_total: 100, managers_total: 20, staff_trained_digital: 60, connected_national_platform: 1, learning_records_digitised: 1 }],
    ['B', 'TC', { teachers_total: 40, managers_total: 10, staff_trained_digital: 45, connected_national_platform: 0, learning_records_digitised: 1 }],
    ['C', 'TTGDNN', { teachers_total: 10, managers_total: 5, staff_trained_digital: null, connected_national_platform: 1, learning_records_digitised: 0 }],
    ['D', 'CD', { teachers_total: 50, staff_trained_digital: 20 }],
  ];
  for (const [code, type, values] of rows) {
    const institution = Number(insertInstitution.run(code, `Cơ sở ${code}`, id('institution_types', type), id('ownership_kinds', 'CONG_LAP')).lastInsertRowid);
    for (const [indicator, value] of Object.entries(values)) insertValue.run(institution, id('indicators', indicator), 2025, value);
  }
}

beforeEach(() => {
  sqlite = new Database(':memory:');
  sqlite.pragma('foreign_keys = ON');
  migrate(sqlite, readMigrations(MIGRATIONS_FOLDER));
  loadReferenceData(sqlite);
  fixture(sqlite);
});
afterEach(() => sqlite.close());

describe('province attainment from counts', () => {
  const range = { fromYear: 2025, toYear: 2025, approvedOnly: false };

  it("sums a '+' denominator over institutions that reported every part", () => {
    const [sums] = attainmentSums(sqlite, { numerator: ['staff_trained_digital'], denominator: ['teachers_total', 'managers_total'], typeCodes: null }, range);
    expect(sums).toEqual({ year: 2025, numerator: 105, denominator: 170, institutions: 2 });
  });

  it('counts institutions for a yes/no numerator without denominator, within the subject', () => {
    const [c2] = attainmentSums(sqlite, { numerator: ['connected_national_platform'], denominator: null, typeCodes: ['CD', 'TC'] }, range);
    expect(c2).toEqual({ year: 2025, numerator: 1, denominator: 2, institutions: 2 });
    const [d2] = attainmentSums(sqlite, { numerator: ['learning_records_digitised'], denominator: null, typeCodes: null }, range);
    expect(d2).toEqual({ year: 2025, numerator: 2, denominator: 3, institutions: 3 });
  });

  it('gives the national targets their share, target and gap for the year', () => {
    const rows = new Map(attainmentFor(sqlite, 2025, false).map((r) => [r.code, r]));
    // 105 / 170 = 61.7647% → 61.76; target 2025 = 50 → gap +11.76 points.
    expect(rows.get('a1')).toMatchObject({ percent: 61.76, numerator: 105, denominator: 170, institutionsCounted: 2, gap: 11.76 });
    expect(rows.get('a1')!.target).toMatchObject({ percent: 50, source: 'target' });
    // c2: 1 / 2 = 50% against 50% → gap 0; 3 colleges / intermediate schools exist (A, B, D), 2 counted.
    expect(rows.get('c2')).toMatchObject({ percent: 50, gap: 0, institutionsCounted: 2, institutionsInSubject: 3 });
    // d2: 2 / 3 = 66.67%; the Decision sets no 2025 value for d2 (2030 only) → no target, no gap.
    expect(rows.get('d2')).toMatchObject({ percent: 66.67, gap: null });
    expect(rows.get('d2')!.target.source).toBe('none');
    // Milestones and national-level targets are not measured from institutions' figures.
    expect(rows.get('c1')!.notMeasured).toBe('milestone');
    expect(rows.get('d1')!.notMeasured).toBe('no-formula');
  });

  it('leaves a year without figures unmeasured rather than 0%', () => {
    const a1 = attainmentFor(sqlite, 2024, false).find((r) => r.code === 'a1')!;
    expect(a1).toMatchObject({ percent: null, numerator: null, institutionsCounted: 0, gap: null });
  });

  it('counts only approved returns when asked', () => {
    const a = (sqlite.prepare("SELECT id FROM institutions WHERE code = 'A'").get() as { id: number }).id;
    sqlite.prepare("INSERT INTO assessments (institution_id, year, state) VALUES (?, 2025, 'approved')").run(a);
    const [sums] = attainmentSums(sqlite, { numerator: ['staff_trained_digital'], denominator: ['teachers_total', 'managers_total'], typeCodes: null }, { ...range, approvedOnly: true });
    // Only A: 60 / 120.
    expect(sums).toMatchObject({ numerator: 60, denominator: 120, institutions: 1 });
  });
});

describe("the year's target", () => {
  const a1Province: YearValue[] = [
    { year: 2025, percent: 70, milestone: null, isTrajectory: false },
    { year: 2026, percent: 78, milestone: null, isTrajectory: true },
    { year: 2030, percent: 100, milestone: null, isTrajectory: false },
  ];

  it('takes a set value, a trajectory value, or interpolates and says so', () => {
    expect(targetForYear(a1Province, 2025)).toMatchObject({ percent: 70, source: 'target' });
    expect(targetForYear(a1Province, 2026)).toMatchObject({ percent: 78, source: 'trajectory' });
    // 2028 lies between 2026 (78) and 2030 (100): 78 + 22 × 2/4 = 89.
    expect(targetForYear(a1Province, 2028)).toEqual({ percent: 89, milestone: null, source: 'interpolated', fromYear: 2026, toYear: 2030 });
    // Before the first value there is nothing to measure against.
    expect(targetForYear(a1Province, 2023)).toMatchObject({ percent: null, source: 'none' });
    expect(targetForYear(a1Province, 2031).source).toBe('none');
  });

  it('suggests a straight trajectory from each value to the next milestone', () => {
    // 2026 (78) → 2030 (100): 22 / 4 = 5.5 a year → 83.5, 89, 94.5.
    expect(suggestTrajectory(a1Province, { replaceTrajectory: false }).map((p) => [p.year, p.percent])).toEqual([
      [2027, 83.5],
      [2028, 89],
      [2029, 94.5],
    ]);
    // Replacing the trajectory: 2025 (70) → 2030 (100), 6 a year; 2026 replaces 78.
    const replaced = suggestTrajectory(a1Province, { replaceTrajectory: true });
    expect(replaced.map((p) => [p.year, p.percent, p.replaces])).toEqual([
      [2026, 76, 78],
      [2027, 82, null],
      [2028, 88, null],
      [2029, 94, null],
    ]);
    // A target with only a final value starts from the measured attainment when given: 2024 (40) → 2030 (100).
    const b2: YearValue[] = [{ year: 2030, percent: 100, milestone: null, isTrajectory: false }];
    expect(suggestTrajectory(b2, { replaceTrajectory: false }).length).toBe(0);
    expect(suggestTrajectory(b2, { replaceTrajectory: false, start: { year: 2024, percent: 40 } }).map((p) => p.percent)).toEqual([50, 60, 70, 80, 90]);
  });
});
