import type { Sqlite } from '../../../db/client';
import { targetsWithValues } from '../../../db/queries/assessment-targets';
import { listIndicators } from '../../../db/queries/assessment-values';
import { figuresOfYear } from '../../../db/queries/dashboard-readiness';
import type { DashboardSummary, ReadinessBand } from '../../api/schemas/dashboard';
import { measureOf } from '../assessment/attainment';
import { countBands, distinctFormulas, type InstitutionFigures, readinessBands } from './readiness';

/** The readiness components of the file: every measurable percentage target's formula, each once. */
export function readinessFormulas(sqlite: Sqlite) {
  const indicators = new Map(listIndicators(sqlite).map((i) => [i.code, i]));
  return distinctFormulas(targetsWithValues(sqlite).flatMap((t) => measureOf(t, indicators).formula ?? []));
}

/** Band of every institution of the year (see readiness.ts for the definition). */
export function bandsOfYear(sqlite: Sqlite, year: number, institutions: readonly InstitutionFigures[]): Map<number, ReadinessBand> {
  return readinessBands(institutions, figuresOfYear(sqlite, year), readinessFormulas(sqlite));
}

export function readinessOfYear(sqlite: Sqlite, year: number, institutions: readonly InstitutionFigures[]): DashboardSummary['charts']['readiness'] {
  const formulas = readinessFormulas(sqlite);
  const bands = readinessBands(institutions, figuresOfYear(sqlite, year), formulas);
  return { institutions: institutions.length, components: formulas.length, bands: countBands(bands) };
}
