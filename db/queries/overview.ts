import type { Sqlite } from '../client';

type CountRow = { code: string; count: number };

/** What the file holds so far, aggregated in SQL: the Overview page before the dashboard issue fills it. */
export function getOverviewSummary(sqlite: Sqlite) {
  const all = <T>(sql: string) => sqlite.prepare(sql).all() as T[];
  const one = <T>(sql: string) => sqlite.prepare(sql).get() as T;
  const profile = one<{ name: string; is_sample: number }>('SELECT name, is_sample FROM province_profile WHERE id = 1');
  const institutionTotals = one<{ total: number; active: number }>(
    "SELECT count(*) AS total, coalesce(sum(status = 'active'), 0) AS active FROM institutions",
  );
  return {
    provinceName: profile.name,
    isSample: profile.is_sample === 1,
    institutions: {
      ...institutionTotals,
      byType: all<CountRow>(
        `SELECT t.code, count(i.id) AS count FROM institution_types t LEFT JOIN institutions i ON i.type_id = t.id AND i.status = 'active'
         GROUP BY t.id ORDER BY t.sort_order`,
      ),
      byOwnership: all<CountRow>(
        `SELECT o.code, count(i.id) AS count FROM ownership_kinds o LEFT JOIN institutions i ON i.ownership_id = o.id AND i.status = 'active'
         GROUP BY o.id ORDER BY o.sort_order`,
      ),
    },
    projects: {
      total: one<{ n: number }>('SELECT count(*) AS n FROM projects').n,
      byStage: all<CountRow>(
        `SELECT s.code, count(p.id) AS count FROM lifecycle_stages s LEFT JOIN projects p ON p.stage_id = s.id
         GROUP BY s.id ORDER BY s.sort_order`,
      ),
      totalInvestmentDong: one<{ n: number }>('SELECT coalesce(sum(amount_dong), 0) AS n FROM project_funding').n,
    },
    capitalByYear: all<{ year: number; plannedDong: number; disbursedDong: number }>(
      `SELECT year, sum(coalesce(adjusted_dong, planned_dong)) AS plannedDong, sum(disbursed_dong) AS disbursedDong
       FROM allocations GROUP BY year ORDER BY year`,
    ),
    assessmentYears: all<{ year: number; institutions: number; values: number }>(
      `SELECT year, count(DISTINCT institution_id) AS institutions, count(*) AS "values"
       FROM indicator_values GROUP BY year ORDER BY year`,
    ),
    milestones: {
      total: one<{ n: number }>('SELECT count(*) AS n FROM milestones').n,
      byStatus: all<CountRow>("SELECT coalesce(status, 'none') AS code, count(*) AS count FROM milestones GROUP BY 1 ORDER BY 1"),
    },
    awarenessActivities: one<{ n: number }>('SELECT count(*) AS n FROM awareness_activities').n,
    recordedChanges: one<{ n: number }>("SELECT count(*) AS n FROM change_sets WHERE state <> 'final'").n,
  };
}
