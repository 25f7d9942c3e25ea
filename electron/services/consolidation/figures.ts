import type { SubmissionSnapshot } from '../../api/schemas/submission-snapshot';

// The figures a roll-up needs, read once from a verified package into package_figures (append-only, keyed by the
// package's SHA-256). Only sums travel: a national percentage is Σ numerators / Σ denominators of the provinces, so
// numerators and denominators are kept, never the province's percentage alone.

export interface Figure {
  figure: string;
  key: string;
  year: number;
  value: number;
}

/** Figure names; the key says what the figure is about. */
export const FIGURES = {
  totals: 'totals',
  targetNumerator: 'target.numerator',
  targetDenominator: 'target.denominator',
  targetCounted: 'target.counted',
  capitalPlanned: 'capital.planned',
  capitalAdjusted: 'capital.adjusted',
  capitalDisbursed: 'capital.disbursed',
  institutionsByType: 'institutions.byType',
  predecessor: 'province.predecessor',
} as const;

/** Keys of the 'totals' figure: the snapshot's totals plus the number of projects. */
export const TOTAL_KEYS = [
  'institutionsActive',
  'institutionsAssessed',
  'institutionsApproved',
  'projects',
  'plannedThisYearDong',
  'disbursedThisYearDong',
  'fundingGapDong',
  'participants',
] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];

class Sums {
  private readonly values = new Map<string, Figure>();
  add(figure: string, key: string, year: number, value: number) {
    const id = `${figure}\u0000${key}\u0000${year}`;
    const existing = this.values.get(id);
    if (existing) existing.value += value;
    else this.values.set(id, { figure, key, year, value });
  }
  list(): Figure[] {
    return [...this.values.values()];
  }
}

export function figuresOf(snapshot: SubmissionSnapshot): Figure[] {
  const { year } = snapshot;
  const sums = new Sums();
  const totals: Record<TotalKey, number> = { ...snapshot.totals, projects: snapshot.projects.length };
  for (const key of TOTAL_KEYS) sums.add(FIGURES.totals, key, year, totals[key]);
  // National percentage targets measured from institutions: the only ones that add up across provinces.
  for (const target of snapshot.targets) {
    if (target.scope !== 'national' || target.kind !== 'percent' || target.numerator === null || target.denominator === null) continue;
    sums.add(FIGURES.targetNumerator, target.code, year, target.numerator);
    sums.add(FIGURES.targetDenominator, target.code, year, target.denominator);
    sums.add(FIGURES.targetCounted, target.code, year, target.institutionsCounted);
  }
  for (const allocation of snapshot.allocations) {
    sums.add(FIGURES.capitalPlanned, allocation.sourceCode, allocation.year, allocation.plannedDong);
    // The plan after adjustment, as every capital view of the app shows it.
    sums.add(FIGURES.capitalAdjusted, allocation.sourceCode, allocation.year, allocation.adjustedDong ?? allocation.plannedDong);
    sums.add(FIGURES.capitalDisbursed, allocation.sourceCode, allocation.year, allocation.disbursedDong);
  }
  for (const institution of snapshot.institutions) sums.add(FIGURES.institutionsByType, institution.typeCode, year, 1);
  for (const name of new Set(snapshot.province.predecessors.map((p) => p.name.trim()).filter(Boolean))) {
    sums.add(FIGURES.predecessor, name, year, 1);
  }
  return sums.list();
}
