import type { Sqlite } from '../client';

// Sums of the figures of one year's packages. Per package where the service still has to place the package under its
// 34-unit province (name matching lives in the service); across all packages where nothing depends on the province.

export interface PackageFigureRow {
  packageId: number;
  provinceName: string;
  figure: string;
  key: string;
  value: number;
}

/** The figures of every package of the year about the year itself (totals, targets), one row per package and figure. */
export function packageFiguresOfYear(sqlite: Sqlite, year: number, figures: readonly string[]): PackageFigureRow[] {
  return sqlite
    .prepare(
      `SELECT p.id AS packageId, p.province_name AS provinceName, f.figure, f.key, f.value
       FROM consolidation_packages p JOIN package_figures f ON f.package_sha256 = p.sha256 AND f.year = p.year
       WHERE p.year = ? AND f.figure IN (SELECT value FROM json_each(?))
       ORDER BY p.id, f.figure, f.key`,
    )
    .all(year, JSON.stringify(figures)) as PackageFigureRow[];
}

export interface FigureSum {
  figure: string;
  key: string;
  year: number;
  value: number;
  packages: number;
}

/** Σ over the year's packages, by figure, key and the figure's own year (capital runs over several years). */
export function figureSums(sqlite: Sqlite, year: number, figures: readonly string[]): FigureSum[] {
  return sqlite
    .prepare(
      `SELECT f.figure, f.key, f.year, sum(f.value) AS value, count(DISTINCT p.id) AS packages
       FROM consolidation_packages p JOIN package_figures f ON f.package_sha256 = p.sha256
       WHERE p.year = ? AND f.figure IN (SELECT value FROM json_each(?))
       GROUP BY f.figure, f.key, f.year ORDER BY f.figure, f.key, f.year`,
    )
    .all(year, JSON.stringify(figures)) as FigureSum[];
}

export interface NamedCode {
  code: string;
  nameVi: string;
  nameEn: string;
}

/** Names of the codes figures use, from the file's own reference tables (a code the file lacks shows as itself). */
export function referenceNames(sqlite: Sqlite): { targets: NamedCode[]; sources: NamedCode[]; types: NamedCode[] } {
  const all = (table: string) =>
    sqlite.prepare(`SELECT code, name_vi AS nameVi, name_en AS nameEn FROM ${table} ORDER BY sort_order, code`).all() as NamedCode[];
  return {
    targets: sqlite.prepare("SELECT code, name_vi AS nameVi, name_en AS nameEn FROM targets WHERE scope = 'national' ORDER BY code").all() as NamedCode[],
    sources: all('capital_sources'),
    types: all('institution_types'),
  };
}

/** The file's national target value (percent) for the year, by target code. */
export function nationalTargetValues(sqlite: Sqlite, year: number): Map<string, number> {
  const rows = sqlite
    .prepare(
      `SELECT t.code, v.percent FROM targets t JOIN target_values v ON v.target_id = t.id
       WHERE t.scope = 'national' AND v.year = ? AND v.percent IS NOT NULL`,
    )
    .all(year) as { code: string; percent: number }[];
  return new Map(rows.map((r) => [r.code, r.percent]));
}
