import type { Sqlite } from '../../../db/client';
import { listPackages, packageYears } from '../../../db/queries/consolidation';
import { figureSums, nationalTargetValues, packageFiguresOfYear, referenceNames } from '../../../db/queries/consolidation-rollup';
import type { ConsolidationPackage, ProvinceRollupRow, Rollup, TargetRollupRow } from '../../api/schemas/consolidation';
import { compareVietnamese } from '../../api/text/vietnamese';
import { declarationsWith } from './check';
import { FIGURES, TOTAL_KEYS, type TotalKey } from './figures';
import { matchProvince, type ProvinceMatch, units } from './provinces';

// The national roll-up of one year: every package of the year placed under its 34-unit province (predecessors'
// packages under the province they merged into), figures summed, and every percentage recomputed from the summed
// numerators and denominators, never averaged.

const percentOf = (numerator: number, denominator: number) => (denominator > 0 ? (numerator / denominator) * 100 : null);

type Totals = Omit<ProvinceRollupRow, 'unit' | 'kind' | 'packages'>;

function emptyTotals(): Totals {
  return {
    institutionsActive: 0,
    institutionsAssessed: 0,
    institutionsApproved: 0,
    projects: 0,
    plannedThisYearDong: 0,
    disbursedThisYearDong: 0,
    disbursementRate: null,
    fundingGapDong: 0,
    participants: 0,
  };
}

/** Where each package of the file rolls up now (declarations of every package considered). */
export function packagesWithUnits(sqlite: Sqlite, year?: number): { packages: ConsolidationPackage[]; years: number[] } {
  const declared = declarationsWith(sqlite, []);
  const packages = listPackages(sqlite, year).map((row) => {
    const match = matchProvince(row.provinceName, declared);
    return {
      id: row.id,
      fileName: row.fileName,
      provinceName: row.provinceName,
      year: row.year,
      rollsUpTo: match.unit,
      known: match.known,
      sha256: row.sha256,
      sizeBytes: row.sizeBytes,
      formatVersion: row.formatVersion,
      createdAt: row.createdAt,
      importedAt: row.importedAt,
    };
  });
  return { packages, years: packageYears(sqlite) };
}

function provinceRows(sqlite: Sqlite, year: number, matches: Map<number, ProvinceMatch & { provinceName: string }>) {
  const rows = new Map<string, ProvinceRollupRow>();
  for (const unit of units) rows.set(unit.name, { unit: unit.name, kind: unit.kind, packages: [], ...emptyTotals() });
  for (const match of matches.values()) {
    let row = rows.get(match.unit);
    if (!row) rows.set(match.unit, (row = { unit: match.unit, kind: match.kind, packages: [], ...emptyTotals() }));
    row.packages.push(match.provinceName);
  }
  for (const figure of packageFiguresOfYear(sqlite, year, [FIGURES.totals])) {
    const row = rows.get(matches.get(figure.packageId)!.unit)!;
    if ((TOTAL_KEYS as readonly string[]).includes(figure.key)) row[figure.key as TotalKey] += figure.value;
  }
  for (const row of rows.values()) row.disbursementRate = percentOf(row.disbursedThisYearDong, row.plannedThisYearDong);
  return [...rows.values()].sort((a, b) => Number(a.kind === 'unknown') - Number(b.kind === 'unknown') || compareVietnamese(a.unit, b.unit));
}

function targetRows(sqlite: Sqlite, year: number, matches: Map<number, ProvinceMatch>): TargetRollupRow[] {
  const names = new Map(referenceNames(sqlite).targets.map((t) => [t.code, t]));
  const goals = nationalTargetValues(sqlite, year);
  const byTarget = new Map<string, Map<string, { numerator: number; denominator: number }>>();
  for (const f of packageFiguresOfYear(sqlite, year, [FIGURES.targetNumerator, FIGURES.targetDenominator])) {
    const perUnit = byTarget.get(f.key) ?? new Map<string, { numerator: number; denominator: number }>();
    byTarget.set(f.key, perUnit);
    const unit = matches.get(f.packageId)!.unit;
    const cell = perUnit.get(unit) ?? { numerator: 0, denominator: 0 };
    perUnit.set(unit, cell);
    if (f.figure === FIGURES.targetNumerator) cell.numerator += f.value;
    else cell.denominator += f.value;
  }
  const counted = new Map(figureSums(sqlite, year, [FIGURES.targetCounted]).map((s) => [s.key, s.value]));
  return [...byTarget]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, perUnit]) => {
      const byUnit = [...perUnit]
        .map(([unit, c]) => ({ unit, ...c, attainment: percentOf(c.numerator, c.denominator) }))
        .sort((a, b) => compareVietnamese(a.unit, b.unit));
      const numerator = byUnit.reduce((s, u) => s + u.numerator, 0);
      const denominator = byUnit.reduce((s, u) => s + u.denominator, 0);
      return {
        code,
        nameVi: names.get(code)?.nameVi ?? code,
        nameEn: names.get(code)?.nameEn ?? code,
        numerator,
        denominator,
        attainment: percentOf(numerator, denominator),
        target: goals.get(code) ?? null,
        provincesReporting: byUnit.filter((u) => u.denominator > 0).length,
        institutionsCounted: counted.get(code) ?? 0,
        byUnit,
      };
    });
}

function capitalRows(sqlite: Sqlite, year: number): Rollup['capitalBySourceAndYear'] {
  const sources = referenceNames(sqlite).sources;
  const order = new Map(sources.map((s, i) => [s.code, i]));
  const rows = new Map<string, Rollup['capitalBySourceAndYear'][number]>();
  for (const s of figureSums(sqlite, year, [FIGURES.capitalPlanned, FIGURES.capitalAdjusted, FIGURES.capitalDisbursed])) {
    const id = `${s.key}\u0000${s.year}`;
    const row = rows.get(id) ?? {
      sourceCode: s.key,
      sourceName: sources.find((c) => c.code === s.key)?.nameVi ?? s.key,
      year: s.year,
      plannedDong: 0,
      adjustedDong: 0,
      disbursedDong: 0,
    };
    rows.set(id, row);
    if (s.figure === FIGURES.capitalPlanned) row.plannedDong += s.value;
    else if (s.figure === FIGURES.capitalAdjusted) row.adjustedDong += s.value;
    else row.disbursedDong += s.value;
  }
  const rank = (code: string) => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  return [...rows.values()].sort((a, b) => rank(a.sourceCode) - rank(b.sourceCode) || a.sourceCode.localeCompare(b.sourceCode) || a.year - b.year);
}

function typeRows(sqlite: Sqlite, year: number): Rollup['institutionsByType'] {
  const types = referenceNames(sqlite).types;
  const order = new Map(types.map((t, i) => [t.code, i]));
  const rank = (code: string) => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  return figureSums(sqlite, year, [FIGURES.institutionsByType])
    .filter((s) => s.year === year)
    .map((s) => ({ typeCode: s.key, typeName: types.find((t) => t.code === s.key)?.nameVi ?? s.key, count: s.value }))
    .sort((a, b) => rank(a.typeCode) - rank(b.typeCode) || a.typeCode.localeCompare(b.typeCode));
}

export function consolidationRollup(sqlite: Sqlite, year: number): Rollup {
  const declared = declarationsWith(sqlite, []);
  const packages = listPackages(sqlite, year);
  const matches = new Map(packages.map((p) => [p.id, { ...matchProvince(p.provinceName, declared), provinceName: p.provinceName }]));
  const byProvince = provinceRows(sqlite, year, matches);
  const totals = emptyTotals();
  for (const row of byProvince) for (const key of TOTAL_KEYS) totals[key] += row[key];
  totals.disbursementRate = percentOf(totals.disbursedThisYearDong, totals.plannedThisYearDong);
  // From the merger on, a merged province reports for all its predecessors: a predecessor's own package of the
  // same year would count its institutions twice.
  const warnings = year >= 2025
    ? byProvince
        .filter((row) => row.packages.length > 1)
        .map((row) => `${row.unit} năm ${year} có ${row.packages.length} gói (${row.packages.join(', ')}): sau sáp nhập tỉnh chỉ gửi một gói, số liệu có thể bị cộng hai lần.`)
    : [];
  return {
    year,
    packageCount: packages.length,
    missingUnits: byProvince.filter((row) => row.kind !== 'unknown' && row.packages.length === 0).map((row) => row.unit),
    byProvince,
    byTarget: targetRows(sqlite, year, matches),
    capitalBySourceAndYear: capitalRows(sqlite, year),
    institutionsByType: typeRows(sqlite, year),
    totals,
    warnings,
  };
}
