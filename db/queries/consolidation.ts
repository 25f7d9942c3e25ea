import type { Sqlite } from '../client';

// The ministry's packages in the open file: the audited consolidation_packages rows, and the append-only bytes and
// figures they point to by SHA-256.

export interface PackageRow {
  id: number;
  sha256: string;
  fileName: string;
  provinceName: string;
  provinceKey: string;
  rollsUpTo: string;
  year: number;
  formatVersion: number;
  createdAt: string;
  importedAt: string;
  sizeBytes: number;
}

const PACKAGE_COLUMNS = `p.id, p.sha256, p.file_name AS fileName, p.province_name AS provinceName, p.province_key AS provinceKey,
  p.rolls_up_to AS rollsUpTo, p.year, p.format_version AS formatVersion, p.created_at AS createdAt, p.imported_at AS importedAt,
  coalesce(c.size_bytes, 0) AS sizeBytes`;

export function listPackages(sqlite: Sqlite, year?: number): PackageRow[] {
  const where = year === undefined ? '' : 'WHERE p.year = ?';
  return sqlite
    .prepare(
      `SELECT ${PACKAGE_COLUMNS} FROM consolidation_packages p LEFT JOIN document_contents c ON c.sha256 = p.sha256 ${where}
       ORDER BY p.year DESC, vn_sort_key(p.province_name), p.id`,
    )
    .all(...(year === undefined ? [] : [year])) as PackageRow[];
}

export function packageById(sqlite: Sqlite, id: number): PackageRow | undefined {
  return sqlite.prepare(`SELECT ${PACKAGE_COLUMNS} FROM consolidation_packages p LEFT JOIN document_contents c ON c.sha256 = p.sha256 WHERE p.id = ?`).get(id) as
    | PackageRow
    | undefined;
}

export function packageYears(sqlite: Sqlite): number[] {
  return (sqlite.prepare('SELECT DISTINCT year FROM consolidation_packages ORDER BY year DESC').all() as { year: number }[]).map((r) => r.year);
}

/** The package already holding this province and year, or these exact bytes: what makes a new one a duplicate. */
export function clashingPackage(sqlite: Sqlite, provinceKey: string, year: number, sha256: string): PackageRow | undefined {
  return sqlite
    .prepare(
      `SELECT ${PACKAGE_COLUMNS} FROM consolidation_packages p LEFT JOIN document_contents c ON c.sha256 = p.sha256
       WHERE (p.province_key = ? AND p.year = ?) OR p.sha256 = ? LIMIT 1`,
    )
    .get(provinceKey, year, sha256) as PackageRow | undefined;
}

/** Stores a package's bytes and figures once (append-only; a re-import after removal finds them there). */
export function storePackageContent(sqlite: Sqlite, sha256: string, bytes: Buffer, figures: readonly { figure: string; key: string; year: number; value: number }[]): void {
  sqlite.prepare('INSERT OR IGNORE INTO document_contents (sha256, size_bytes, bytes) VALUES (?, ?, ?)').run(sha256, bytes.length, bytes);
  const insert = sqlite.prepare('INSERT OR IGNORE INTO package_figures (package_sha256, figure, key, year, value) VALUES (?, ?, ?, ?, ?)');
  for (const f of figures) insert.run(sha256, f.figure, f.key, f.year, f.value);
}

/** Predecessors every imported package declares (any year): names that roll up into that package's province. */
export function declaredPredecessors(sqlite: Sqlite): { provinceName: string; predecessor: string }[] {
  return sqlite
    .prepare(
      `SELECT p.province_name AS provinceName, f.key AS predecessor FROM consolidation_packages p
       JOIN package_figures f ON f.package_sha256 = p.sha256 AND f.figure = 'province.predecessor'
       ORDER BY p.year DESC, p.id`,
    )
    .all() as { provinceName: string; predecessor: string }[];
}
