import type { Sqlite } from '../client';
import { IN_YEAR } from './assessment-scope';

// Province attainment of a percentage target, from institution-level COUNTS:
//   attainment = Σ numerator / Σ denominator over the institutions that reported every indicator of both,
// never the average of the institutions' own percentages (a college of 300 teachers weighs 30 times a centre of 10).
// A yes/no numerator with no denominator counts institutions: those answering 1 / those of the target's subject that
// answered.
//
// Merged institutions are NOT rolled up into their successors here (institution-rollup.ts is for views that list
// today's institutions). Each institution reports for the years it existed (assessment-scope.ts), so a count summed
// over the province is the same whichever successor a predecessor's figures are later shown under: roll-up moves a
// figure between rows, never in or out of the total. For yes/no shares roll-up would even be wrong: it folds a
// predecessor and its successor of the same year into one "institution", shrinking the number that answered.

export interface AttainmentFormula {
  /** Indicator codes summed for the numerator ('+'-joined in the targets table). */
  numerator: readonly string[];
  /** Indicator codes summed for the denominator; null: count the institutions that answered. */
  denominator: readonly string[] | null;
  /** Institution type codes of the target's subject; null: all institutions. */
  typeCodes: readonly string[] | null;
}

export interface YearSums {
  year: number;
  numerator: number;
  denominator: number;
  institutions: number;
}

/** Σ numerator, Σ denominator and the institutions counted, per year from `fromYear` to `toYear`. */
export function attainmentSums(
  sqlite: Sqlite,
  formula: AttainmentFormula,
  range: { fromYear: number; toYear: number; approvedOnly: boolean },
): YearSums[] {
  const numerator = [...new Set(formula.numerator)];
  const denominator = formula.denominator ? [...new Set(formula.denominator)] : [];
  return sqlite
    .prepare(
      `WITH parts(indicator_id, part) AS (
         SELECT id, 'n' FROM indicators WHERE code IN (SELECT value FROM json_each(@num))
         UNION ALL
         SELECT id, 'd' FROM indicators WHERE code IN (SELECT value FROM json_each(@den))
       ),
       per AS (
         SELECT v.year, v.institution_id,
           sum(CASE WHEN p.part = 'n' THEN v.value END) AS num,
           count(CASE WHEN p.part = 'n' AND v.value IS NOT NULL THEN 1 END) AS num_n,
           sum(CASE WHEN p.part = 'd' THEN v.value END) AS den,
           count(CASE WHEN p.part = 'd' AND v.value IS NOT NULL THEN 1 END) AS den_n
         -- CROSS JOIN keeps the few wanted indicators as the outer loop, so the (year, indicator_id) index is used on
         -- both columns instead of every value of the years being read and filtered.
         FROM parts p
         CROSS JOIN indicator_values v ON v.indicator_id = p.indicator_id AND v.year IN (SELECT value FROM json_each(@years))
         JOIN institutions i ON i.id = v.institution_id
         WHERE (@types IS NULL OR i.type_id IN (SELECT id FROM institution_types WHERE code IN (SELECT value FROM json_each(@types))))
           AND (@approvedOnly = 0 OR EXISTS (SELECT 1 FROM assessments a
                 WHERE a.institution_id = v.institution_id AND a.year = v.year AND a.state = 'approved'))
         GROUP BY v.year, v.institution_id
       )
       SELECT year, sum(num) AS numerator, sum(CASE WHEN @countInstitutions = 1 THEN 1 ELSE den END) AS denominator,
         count(*) AS institutions
       FROM per
       WHERE num_n = @numCount AND (@countInstitutions = 1 OR den_n = @denCount)
       GROUP BY year ORDER BY year`,
    )
    .all({
      num: JSON.stringify(numerator),
      den: JSON.stringify(denominator),
      numCount: numerator.length,
      denCount: denominator.length,
      countInstitutions: formula.denominator ? 0 : 1,
      types: formula.typeCodes ? JSON.stringify(formula.typeCodes) : null,
      years: JSON.stringify(Array.from({ length: Math.max(0, range.toYear - range.fromYear + 1) }, (_, i) => range.fromYear + i)),
      approvedOnly: range.approvedOnly ? 1 : 0,
    }) as YearSums[];
}

/** How many institutions of the subject belong to the year: the coverage the counted ones are set against. */
export function institutionsInSubject(sqlite: Sqlite, year: number, typeCodes: readonly string[] | null): number {
  const row = sqlite
    .prepare(
      `SELECT count(*) AS n FROM institutions i JOIN institution_types t ON t.id = i.type_id
       WHERE ${IN_YEAR} AND (@types IS NULL OR t.code IN (SELECT value FROM json_each(@types)))`,
    )
    .get({ year, types: typeCodes ? JSON.stringify(typeCodes) : null }) as { n: number };
  return row.n;
}
