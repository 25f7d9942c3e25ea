import { createHash } from 'node:crypto';
import type { Sqlite } from '../client';

// Plan versions: frozen snapshots of every annual and medium-term figure, and the comparison of any two of them
// (or of one with the working figures). Snapshots are immutable content keyed by SHA-256 (see db/schema/capital.ts).

const LIVE_ALLOCATIONS = `SELECT a.project_id, s.code AS source_code, a.year, a.planned_dong, a.adjusted_dong, a.disbursed_dong
  FROM allocations a JOIN capital_sources s ON s.id = a.source_id`;
const LIVE_MEDIUM = `SELECT m.project_id, s.code AS source_code, pp.code AS period_code, m.amount_dong
  FROM medium_term_allocations m JOIN capital_sources s ON s.id = m.source_id JOIN plan_periods pp ON pp.id = m.period_id`;

/**
 * The hash of the working figures in a canonical order, read with an iterator and no other statement while it is
 * open. Two freezes of the same figures share one snapshot.
 */
export function hashWorkingFigures(sqlite: Sqlite): { sha256: string; allocationRows: number; mediumTermRows: number } {
  const hash = createHash('sha256');
  let allocationRows = 0;
  let mediumTermRows = 0;
  const annual = sqlite.prepare(`SELECT * FROM (${LIVE_ALLOCATIONS}) ORDER BY project_id, source_code, year`).raw();
  for (const row of annual.iterate()) {
    hash.update(`a|${(row as unknown[]).join('|')}\n`);
    allocationRows += 1;
  }
  const medium = sqlite.prepare(`SELECT * FROM (${LIVE_MEDIUM}) ORDER BY project_id, source_code, period_code`).raw();
  for (const row of medium.iterate()) {
    hash.update(`m|${(row as unknown[]).join('|')}\n`);
    mediumTermRows += 1;
  }
  return { sha256: hash.digest('hex'), allocationRows, mediumTermRows };
}

export function snapshotWithHash(sqlite: Sqlite, sha256: string): number | null {
  return (sqlite.prepare('SELECT id FROM plan_snapshots WHERE sha256 = ?').get(sha256) as { id: number } | undefined)?.id ?? null;
}

/** Copies the working figures into a new snapshot, in SQL (100,000 rows in a fraction of a second). */
export function writeSnapshot(sqlite: Sqlite, figures: { sha256: string; allocationRows: number; mediumTermRows: number }, createdAt: string): number {
  const id = Number(
    sqlite
      .prepare('INSERT INTO plan_snapshots (sha256, allocation_rows, medium_term_rows, created_at) VALUES (?, ?, ?, ?)')
      .run(figures.sha256, figures.allocationRows, figures.mediumTermRows, createdAt).lastInsertRowid,
  );
  sqlite
    .prepare(
      `INSERT INTO plan_snapshot_allocations (snapshot_id, project_id, source_code, year, planned_dong, adjusted_dong, disbursed_dong)
       SELECT ?, project_id, source_code, year, planned_dong, adjusted_dong, disbursed_dong FROM (${LIVE_ALLOCATIONS})`,
    )
    .run(id);
  sqlite.prepare(`INSERT INTO plan_snapshot_medium_terms (snapshot_id, project_id, source_code, period_code, amount_dong) SELECT ?, * FROM (${LIVE_MEDIUM})`).run(id);
  sqlite.prepare('INSERT INTO plan_snapshot_projects (snapshot_id, project_id, code, name) SELECT ?, id, code, name FROM projects').run(id);
  return id;
}

export function listVersions(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `SELECT v.id, v.name, v.note, v.frozen_at AS frozenAt, v.frozen_by AS frozenBy, s.allocation_rows AS allocationRows,
         s.medium_term_rows AS mediumTermRows,
         coalesce((SELECT sum(coalesce(adjusted_dong, planned_dong)) FROM plan_snapshot_allocations x WHERE x.snapshot_id = s.id), 0) AS allocatedDong
       FROM plan_versions v JOIN plan_snapshots s ON s.id = v.snapshot_id ORDER BY v.frozen_at, v.id`,
    )
    .all() as { id: number; name: string; note: string | null; frozenAt: string; frozenBy: string; allocationRows: number; mediumTermRows: number; allocatedDong: number }[];
}

export type CompareMeasure = 'planned' | 'adjusted' | 'allocated' | 'disbursed' | 'mediumTerm';

const AMOUNT: Record<Exclude<CompareMeasure, 'mediumTerm'>, string> = {
  planned: 'planned_dong',
  adjusted: 'coalesce(adjusted_dong, 0)',
  allocated: 'coalesce(adjusted_dong, planned_dong)',
  disbursed: 'disbursed_dong',
};

/** One side of a comparison: (project, source, column) → amount, from a snapshot or from the working figures. */
function side(snapshotId: number | null, measure: CompareMeasure, name: string, params: Record<string, unknown>) {
  params[`${name}_snapshot`] = snapshotId;
  if (measure === 'mediumTerm') {
    const from = snapshotId === null ? `(${LIVE_MEDIUM})` : `plan_snapshot_medium_terms WHERE snapshot_id = @${name}_snapshot`;
    return `SELECT project_id, source_code, period_code AS col, amount_dong AS amount FROM ${from}`;
  }
  const from = snapshotId === null ? `(${LIVE_ALLOCATIONS}) WHERE 1` : `plan_snapshot_allocations WHERE snapshot_id = @${name}_snapshot`;
  return `SELECT project_id, source_code, CAST(year AS TEXT) AS col, ${AMOUNT[measure]} AS amount FROM ${from} AND year BETWEEN @fromYear AND @toYear`;
}

export interface CompareCell {
  projectId: number;
  sourceCode: string;
  col: string;
  a: number;
  b: number;
}

export function compareCells(sqlite: Sqlite, a: number | null, b: number | null, measure: CompareMeasure, fromYear: number, toYear: number): CompareCell[] {
  const params: Record<string, unknown> = { fromYear, toYear };
  const sql = `
    WITH sa AS (${side(a, measure, 'a', params)}), sb AS (${side(b, measure, 'b', params)}),
    keys AS (SELECT project_id, source_code, col FROM sa UNION SELECT project_id, source_code, col FROM sb)
    SELECT k.project_id AS projectId, k.source_code AS sourceCode, k.col, coalesce(sa.amount, 0) AS a, coalesce(sb.amount, 0) AS b
    FROM keys k
    LEFT JOIN sa ON sa.project_id = k.project_id AND sa.source_code = k.source_code AND sa.col = k.col
    LEFT JOIN sb ON sb.project_id = k.project_id AND sb.source_code = k.source_code AND sb.col = k.col`;
  return sqlite.prepare(sql).all(params) as CompareCell[];
}

/** Codes and names of projects: as they are now, else as the snapshots last knew them. */
export function projectNames(sqlite: Sqlite, snapshotIds: number[]): Map<number, { code: string; name: string }> {
  const names = new Map<number, { code: string; name: string }>();
  for (const id of snapshotIds) {
    for (const row of sqlite.prepare('SELECT project_id AS id, code, name FROM plan_snapshot_projects WHERE snapshot_id = ?').all(id) as { id: number; code: string; name: string }[]) {
      names.set(row.id, row);
    }
  }
  for (const row of sqlite.prepare('SELECT id, code, name FROM projects').all() as { id: number; code: string; name: string }[]) names.set(row.id, row);
  return names;
}
