import type { Sqlite } from '../../../db/client';
import { type AttainmentFormula, attainmentSums, institutionsInSubject } from '../../../db/queries/attainment';
import { type TargetWithValues, targetsWithValues } from '../../../db/queries/assessment-targets';
import { type IndicatorDef, listIndicators } from '../../../db/queries/assessment-values';
import type { AttainmentRow, AttainmentSeries } from '../../api/schemas/assessment';
import { subjectTypeCodes } from './subjects';
import { targetForYear } from './target-year';

type Measure = { formula: AttainmentFormula; notMeasured: null } | { formula: null; notMeasured: NonNullable<AttainmentRow['notMeasured']> };

/** How a target is measured from institutions' figures, or why it is not. */
export function measureOf(target: TargetWithValues, indicators: ReadonlyMap<string, IndicatorDef>): Measure {
  if (target.kind === 'milestone') return { formula: null, notMeasured: 'milestone' };
  if (!target.numeratorIndicator) return { formula: null, notMeasured: 'no-formula' };
  const numerator = target.numeratorIndicator.split('+');
  const denominator = target.denominatorIndicator ? target.denominatorIndicator.split('+') : null;
  if (![...numerator, ...(denominator ?? [])].every((code) => indicators.has(code))) return { formula: null, notMeasured: 'bad-formula' };
  // Without a denominator the share is of institutions answering, which only a single yes/no numerator means.
  if (!denominator && (numerator.length !== 1 || indicators.get(numerator[0]!)?.unit !== 'yesno')) {
    return { formula: null, notMeasured: 'bad-formula' };
  }
  return { formula: { numerator, denominator, typeCodes: subjectTypeCodes(target.subject) }, notMeasured: null };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const percentOf = (numerator: number, denominator: number) => (denominator > 0 ? (numerator / denominator) * 100 : null);

export function attainmentFor(sqlite: Sqlite, year: number, approvedOnly: boolean): AttainmentRow[] {
  const indicators = new Map(listIndicators(sqlite).map((i) => [i.code, i]));
  return targetsWithValues(sqlite).map((target): AttainmentRow => {
    const measure = measureOf(target, indicators);
    const goal = targetForYear(target.values, year);
    const base = {
      targetId: target.id,
      code: target.code,
      scope: target.scope,
      kind: target.kind,
      groupCode: target.groupCode,
      nameVi: target.nameVi,
      nameEn: target.nameEn,
      nationalTargetCode: target.nationalTargetCode,
      target: goal,
    };
    if (!measure.formula) {
      return { ...base, notMeasured: measure.notMeasured, numerator: null, denominator: null, institutionsCounted: 0, institutionsInSubject: 0, percent: null, gap: null };
    }
    const sums = attainmentSums(sqlite, measure.formula, { fromYear: year, toYear: year, approvedOnly })[0];
    const percent = sums ? percentOf(sums.numerator, sums.denominator) : null;
    return {
      ...base,
      notMeasured: null,
      numerator: sums?.numerator ?? null,
      denominator: sums?.denominator ?? null,
      institutionsCounted: sums?.institutions ?? 0,
      institutionsInSubject: institutionsInSubject(sqlite, year, measure.formula.typeCodes),
      percent: percent === null ? null : round2(percent),
      // The gap is taken on the unrounded share, so 69,996% against 70% is short, not met.
      gap: percent === null || goal.percent === null ? null : round2(percent - goal.percent),
    };
  });
}

/** Attainment and the year's target of every measurable target, year by year, for charts. */
export function attainmentSeriesFor(sqlite: Sqlite, fromYear: number, toYear: number, approvedOnly: boolean): AttainmentSeries {
  const indicators = new Map(listIndicators(sqlite).map((i) => [i.code, i]));
  const years = Array.from({ length: Math.max(0, toYear - fromYear + 1) }, (_, i) => fromYear + i);
  const targets: AttainmentSeries['targets'] = [];
  for (const target of targetsWithValues(sqlite)) {
    const measure = measureOf(target, indicators);
    if (!measure.formula) continue;
    const sums = new Map(attainmentSums(sqlite, measure.formula, { fromYear, toYear, approvedOnly }).map((s) => [s.year, s]));
    targets.push({
      targetId: target.id,
      code: target.code,
      nameVi: target.nameVi,
      nameEn: target.nameEn,
      points: years.map((year) => {
        const s = sums.get(year);
        const percent = s ? percentOf(s.numerator, s.denominator) : null;
        const goal = targetForYear(target.values, year);
        return { year, percent: percent === null ? null : round2(percent), target: goal.percent, targetSource: goal.source };
      }),
    });
  }
  return { years, targets };
}
