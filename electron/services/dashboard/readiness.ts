import type { AttainmentFormula } from '../../../db/queries/attainment';
import type { ReadinessBand } from '../../api/schemas/dashboard';

// READINESS OF AN INSTITUTION IN A YEAR — a plain, explainable score for the overview, not a target of the Decision.
//
// The components are the formulas of the targets measured from institutions' figures (each distinct formula once):
// for each formula that applies to the institution's type,
//   • a count formula gives the institution's own share, Σ numerator / Σ denominator, capped at 100 %
//     (e.g. teachers and managers trained in digital skills / teachers and managers);
//   • a yes/no indicator with no denominator gives 100 % for "yes" and 0 % for "no".
// A component counts only when every indicator it needs was entered and a denominator is above zero.
// readiness = the plain average of the institution's components, in percent; no component → "no figures".
// Bands: below 25 % · 25 to below 50 % · 50 to below 75 % · 75 % and above.
//
// An average of an institution's OWN shares is right here (it describes one institution); province attainment is
// never computed this way (db/queries/attainment.ts sums counts instead).

export const READINESS_BANDS: readonly ReadinessBand[] = ['low', 'developing', 'advanced', 'ready', 'none'];

export function bandOf(score: number | null): ReadinessBand {
  if (score === null) return 'none';
  if (score < 25) return 'low';
  if (score < 50) return 'developing';
  if (score < 75) return 'advanced';
  return 'ready';
}

/** Each distinct formula once: a provincial target that refines a national one with the same formula adds nothing. */
export function distinctFormulas(formulas: readonly AttainmentFormula[]): AttainmentFormula[] {
  const seen = new Map<string, AttainmentFormula>();
  for (const f of formulas) {
    const key = JSON.stringify([[...f.numerator].sort(), f.denominator ? [...f.denominator].sort() : null, f.typeCodes ? [...f.typeCodes].sort() : null]);
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}

const sumOf = (codes: readonly string[], values: ReadonlyMap<string, number>): number | null => {
  let sum = 0;
  for (const code of codes) {
    const value = values.get(code);
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
};

/** The institution's readiness in percent (0–100), or null when no component can be computed. */
export function readinessScore(typeCode: string, values: ReadonlyMap<string, number>, formulas: readonly AttainmentFormula[]): number | null {
  const shares: number[] = [];
  for (const formula of formulas) {
    if (formula.typeCodes && !formula.typeCodes.includes(typeCode)) continue;
    const numerator = sumOf(formula.numerator, values);
    if (numerator === null) continue;
    if (formula.denominator) {
      const denominator = sumOf(formula.denominator, values);
      if (denominator === null || denominator <= 0) continue;
      shares.push(Math.min(1, numerator / denominator));
    } else {
      shares.push(numerator > 0 ? 1 : 0);
    }
  }
  if (shares.length === 0) return null;
  return (shares.reduce((a, b) => a + b, 0) / shares.length) * 100;
}

export interface InstitutionFigures {
  id: number;
  typeCode: string;
}

/** Band of each institution, from the year's figures as (institution, indicator code, value) rows. */
export function readinessBands(
  institutions: readonly InstitutionFigures[],
  figures: readonly { institutionId: number; code: string; value: number }[],
  formulas: readonly AttainmentFormula[],
): Map<number, ReadinessBand> {
  const byInstitution = new Map<number, Map<string, number>>();
  for (const f of figures) {
    let values = byInstitution.get(f.institutionId);
    if (!values) byInstitution.set(f.institutionId, (values = new Map()));
    values.set(f.code, f.value);
  }
  const empty = new Map<string, number>();
  return new Map(institutions.map((i) => [i.id, bandOf(readinessScore(i.typeCode, byInstitution.get(i.id) ?? empty, formulas))]));
}

/** Institutions per band, in the bands' reading order (every band listed, zero included). */
export function countBands(bands: ReadonlyMap<number, ReadinessBand>): { band: ReadinessBand; count: number }[] {
  const counts = new Map<ReadinessBand, number>(READINESS_BANDS.map((b) => [b, 0]));
  for (const band of bands.values()) counts.set(band, (counts.get(band) ?? 0) + 1);
  return READINESS_BANDS.map((band) => ({ band, count: counts.get(band) ?? 0 }));
}
