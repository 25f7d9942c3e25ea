import type { Sqlite } from '../client';
import * as catalogue from './catalogue';
import decision from './decision-2222-targets.json';

const SOURCE_2222 = 'Quyết định 2222/QĐ-TTg ngày 30/12/2021';

/** Loads the shipped reference data into a freshly migrated, empty file, inside the caller's transaction. */
export function loadReferenceData(sqlite: Sqlite): void {
  const run = (sql: string, rows: readonly Record<string, unknown>[]) => {
    const statement = sqlite.prepare(sql);
    rows.forEach((row, i) => statement.run({ sortOrder: i + 1, ...row }));
  };
  run(
    'INSERT INTO institution_types (code, name_vi, name_en, sort_order, valid_from) VALUES (@code, @nameVi, @nameEn, @sortOrder, @validFrom)',
    catalogue.institutionTypes,
  );
  run('INSERT INTO ownership_kinds (code, name_vi, name_en, sort_order) VALUES (@code, @nameVi, @nameEn, @sortOrder)', catalogue.ownershipKinds);
  run(
    'INSERT INTO capital_sources (code, name_vi, name_en, is_public_investment, sort_order) VALUES (@code, @nameVi, @nameEn, @pub, @sortOrder)',
    catalogue.capitalSources.map((s) => ({ ...s, pub: s.isPublicInvestment ? 1 : 0 })),
  );
  run(
    'INSERT INTO lifecycle_stages (code, name_vi, name_en, sort_order, is_off_path) VALUES (@code, @nameVi, @nameEn, @sortOrder, @off)',
    catalogue.lifecycleStages.map((s) => ({ ...s, off: s.isOffPath ? 1 : 0 })),
  );
  run(
    'INSERT INTO investment_laws (code, name_vi, name_en, effective_from, effective_to) VALUES (@code, @nameVi, @nameEn, @effectiveFrom, @effectiveTo)',
    catalogue.investmentLaws,
  );
  run(
    'INSERT INTO project_group_thresholds (law_code, group_code, min_dong, max_dong, confirmed, note) VALUES (@lawCode, @groupCode, @minDong, @maxDong, @ok, @note)',
    catalogue.projectGroupThresholds.map((t) => ({ ...t, ok: t.confirmed ? 1 : 0, note: t.confirmed ? null : 'Chưa xác nhận' })),
  );
  run('INSERT INTO plan_periods (code, start_year, end_year) VALUES (@code, @startYear, @endYear)', catalogue.planPeriods);
  run(
    'INSERT INTO indicators (code, name_vi, name_en, unit, sort_order) VALUES (@code, @nameVi, @nameEn, @unit, @sortOrder)',
    catalogue.indicators,
  );
  run(
    'INSERT INTO target_groups (code, name_vi, name_en, note) VALUES (@code, @name_vi, @name_en, @note)',
    decision.groups.map((g) => ({ note: null, ...g })),
  );
  run('INSERT INTO task_groups (code, name_vi, name_en) VALUES (@code, @name_vi, @name_en)', decision.section_ii_task_groups);

  const insertTarget = sqlite.prepare(
    `INSERT INTO targets (code, group_code, scope, kind, subject, name_vi, name_en, source_document, confidence,
       numerator_indicator, denominator_indicator)
     VALUES (@code, @group, 'national', @kind, @subject, @name_vi, @name_en, @source, @confidence, @numerator, @denominator)`,
  );
  const insertValue = sqlite.prepare(
    'INSERT INTO target_values (target_id, year, percent, milestone) VALUES (?, ?, ?, ?)',
  );
  for (const target of decision.targets) {
    const formula = catalogue.targetFormulas[target.code];
    const { lastInsertRowid } = insertTarget.run({
      ...target,
      source: SOURCE_2222,
      numerator: formula?.numerator ?? null,
      denominator: formula?.denominator ?? null,
    });
    for (const year of [2023, 2025, 2030] as const) {
      const value = (target as Record<string, unknown>)[`target_${year}`];
      if (typeof value === 'number') insertValue.run(lastInsertRowid, year, value, null);
      else if (typeof value === 'string') insertValue.run(lastInsertRowid, year, null, value);
    }
  }
}
