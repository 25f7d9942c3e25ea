import type { Sqlite } from '../../../db/client';
import { countFormulas, type IndicatorDef, listIndicators, type StoredValue } from '../../../db/queries/assessment-values';
import { changeWarning, type PartOfWhole, partsOfWholes, relationProblems } from './value-rules';

export interface IndicatorContext {
  list: IndicatorDef[];
  byCode: Map<string, IndicatorDef>;
  relations: PartOfWhole[];
}

/** The file's indicators and the part-of-whole rules its targets' formulas imply (read per call: both are data). */
export function indicatorContext(sqlite: Sqlite): IndicatorContext {
  const list = listIndicators(sqlite);
  const byCode = new Map(list.map((i) => [i.code, i]));
  const units = new Map(list.map((i) => [i.code, i.unit]));
  return { list, byCode, relations: partsOfWholes(countFormulas(sqlite), units) };
}

/** institution id → indicator code → stored value, for one year. */
export function valueMaps(values: readonly StoredValue[], year: number): Map<number, Map<string, StoredValue>> {
  const out = new Map<number, Map<string, StoredValue>>();
  for (const v of values) {
    if (v.year !== year) continue;
    let row = out.get(v.institutionId);
    if (!row) out.set(v.institutionId, (row = new Map()));
    row.set(v.indicatorCode, v);
  }
  return out;
}

export const numbersOf = (row: ReadonlyMap<string, StoredValue> | undefined): Map<string, number | null> =>
  new Map([...(row ?? new Map<string, StoredValue>()).entries()].map(([code, v]) => [code, v.value]));

/** Per indicator, what looks wrong (a part above its whole) or unusual (far from last year) in stored figures. */
export function storedWarnings(
  context: IndicatorContext,
  current: ReadonlyMap<string, number | null>,
  previous: ReadonlyMap<string, number | null>,
): Map<string, string> {
  const warnings = new Map<string, string>();
  for (const problem of relationProblems(current, context.relations, context.byCode)) {
    for (const code of problem.codes) if (!warnings.has(code)) warnings.set(code, problem.message);
  }
  for (const indicator of context.list) {
    if (warnings.has(indicator.code)) continue;
    const warning = changeWarning(indicator.unit, current.get(indicator.code) ?? null, previous.get(indicator.code));
    if (warning) warnings.set(indicator.code, warning);
  }
  return warnings;
}
