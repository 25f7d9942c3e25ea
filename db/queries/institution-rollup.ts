import type { Sqlite } from '../client';

/**
 * Where each institution's past values belong today. A merged institution points to its successor; that one may
 * itself have merged later (A → B → C), so the chain is followed to its end. A split or dissolved institution has
 * no successor and rolls up into itself: a split's past values cannot be divided honestly among its results, so
 * reports keep them under the split institution (listed as "đã chia tách") rather than guess a share.
 *
 * Use it inside a WITH RECURSIVE clause; it defines `institution_rollup(institution_id, rollup_id)` with one row
 * per institution. The depth bound stops a cycle (which the lifecycle actions never create, but a hand-edited
 * file might) from running forever: a member of a cycle rolls up into itself.
 */
export const INSTITUTION_ROLLUP_CTE = `
  institution_chain(origin_id, current_id, depth) AS (
    SELECT id, id, 0 FROM institutions
    UNION ALL
    SELECT c.origin_id, i.successor_id, c.depth + 1
    FROM institution_chain c JOIN institutions i ON i.id = c.current_id
    WHERE i.successor_id IS NOT NULL AND c.depth < 64
  ),
  institution_chain_end(origin_id, end_id) AS (
    SELECT c.origin_id, c.current_id FROM institution_chain c JOIN institutions t ON t.id = c.current_id
    WHERE t.successor_id IS NULL
  ),
  institution_rollup(institution_id, rollup_id) AS (
    SELECT origin_id, end_id FROM institution_chain_end
    UNION ALL
    SELECT id, id FROM institutions WHERE id NOT IN (SELECT origin_id FROM institution_chain_end)
  )`;

/** Every institution → the institution its values roll up into (itself when it has no successor). */
export function rollupTargets(sqlite: Sqlite): Map<number, number> {
  const rows = sqlite.prepare(`WITH RECURSIVE ${INSTITUTION_ROLLUP_CTE} SELECT institution_id AS id, rollup_id AS target FROM institution_rollup`).all() as {
    id: number;
    target: number;
  }[];
  return new Map(rows.map((r) => [r.id, r.target]));
}

/** The end of one institution's successor chain. */
export function rollupTargetOf(sqlite: Sqlite, institutionId: number): number | null {
  const row = sqlite
    .prepare(`WITH RECURSIVE ${INSTITUTION_ROLLUP_CTE} SELECT rollup_id AS target FROM institution_rollup WHERE institution_id = ?`)
    .get(institutionId) as { target: number } | undefined;
  return row?.target ?? null;
}

export interface RolledUpValue {
  /** The institution the values are reported under today. */
  institutionId: number;
  /** Count indicators: the sum over the institution and everything merged into it. Yes/no: 1 if any said yes. */
  value: number | null;
  /** Institutions whose values were combined (1 = only its own). */
  contributors: number;
  /** Their ids, the reporting institution first when it has a value of its own. */
  contributorIds: number[];
}

/**
 * One indicator's values for a year, each institution's rolled up into its successor: what a report about that
 * year shows when it lists today's institutions. Institutions with no value that year are absent.
 */
export function rolledUpValues(sqlite: Sqlite, year: number, indicatorCode: string): RolledUpValue[] {
  const rows = sqlite
    .prepare(
      `WITH RECURSIVE ${INSTITUTION_ROLLUP_CTE}
       SELECT r.rollup_id AS institutionId,
         CASE WHEN d.unit = 'yesno' THEN max(v.value) ELSE sum(v.value) END AS value,
         count(*) AS contributors,
         group_concat(v.institution_id) AS ids
       FROM indicator_values v
       JOIN indicators d ON d.id = v.indicator_id
       JOIN institution_rollup r ON r.institution_id = v.institution_id
       WHERE v.year = ? AND d.code = ?
       GROUP BY r.rollup_id
       ORDER BY r.rollup_id`,
    )
    .all(year, indicatorCode) as { institutionId: number; value: number | null; contributors: number; ids: string }[];
  return rows.map((r) => {
    const ids = r.ids.split(',').map(Number).sort((a, b) => a - b);
    const own = ids.includes(r.institutionId) ? [r.institutionId] : [];
    return { institutionId: r.institutionId, value: r.value, contributors: r.contributors, contributorIds: [...own, ...ids.filter((id) => id !== r.institutionId)] };
  });
}
