import type { Sqlite } from '../../../db/client';
import { institutionsInYear } from '../../../db/queries/assessment-scope';
import { statesOf, valuesOf } from '../../../db/queries/assessment-values';
import type { Completeness } from '../../api/schemas/assessment';

type RowState = Completeness['notReported'][number]['state'];
import { indicatorContext, numbersOf, storedWarnings, valueMaps } from './indicator-context';

/**
 * What is still missing from the year: institutions with no return, returns with empty indicators, and figures
 * that look wrong or unusual. Every entry names the institution and indicator, so the page can open that cell.
 */
export function completenessOf(sqlite: Sqlite, year: number): Completeness {
  const context = indicatorContext(sqlite);
  const institutions = institutionsInYear(sqlite, year);
  const ids = institutions.map((i) => i.id);
  const states = statesOf(sqlite, year, ids);
  const stored = valuesOf(sqlite, ids, [year, year - 1]);
  const current = valueMaps(stored, year);
  const previous = valueMaps(stored, year - 1);
  const result: Completeness = {
    year,
    institutionsInYear: institutions.length,
    byState: { none: 0, draft: 0, submitted: 0, approved: 0 },
    notReported: [],
    missing: [],
    outsideLimits: [],
  };
  for (const institution of institutions) {
    const state: RowState = states.get(institution.id)?.state ?? 'none';
    result.byState[state] = (result.byState[state] ?? 0) + 1;
    const ref = { institutionId: institution.id, code: institution.code, name: institution.name, state };
    const cells = current.get(institution.id);
    const reported = context.list.filter((i) => (cells?.get(i.code)?.value ?? null) !== null);
    if (reported.length === 0) {
      result.notReported.push(ref);
      continue;
    }
    const empty = context.list.filter((i) => (cells?.get(i.code)?.value ?? null) === null).map((i) => i.code);
    if (empty.length > 0) result.missing.push({ ...ref, indicatorCodes: empty });
    for (const [indicatorCode, message] of storedWarnings(context, numbersOf(cells), numbersOf(previous.get(institution.id)))) {
      result.outsideLimits.push({ ...ref, indicatorCode, message });
    }
  }
  return result;
}
