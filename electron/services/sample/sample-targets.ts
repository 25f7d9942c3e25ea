import type { Sqlite } from '../../../db/client';
import { targetFormulas } from '../../../db/reference/catalogue';
import { idsByCode } from './reference-ids';

const PLAN = 'Kế hoạch 123/KH-UBND ngày 15/9/2025 của UBND tỉnh Sông Lam về chuyển đổi số trong giáo dục nghề nghiệp giai đoạn 2025–2030';

// The province raised two national targets for 2025, as HCMC's plan 2550/QĐ-UBND did (70% where the nation set 50%).
const provincialTargets = [
  {
    code: 'a1_tinh',
    national: 'a1',
    group: 'a',
    subject: 'teachers_and_managers',
    nameVi: 'Tỷ lệ nhà giáo, cán bộ quản lý GDNN được bồi dưỡng nâng cao năng lực số (chỉ tiêu của tỉnh)',
    nameEn: 'Teachers and managers trained in digital competence (provincial target)',
    values: { 2025: 70, 2030: 100 },
  },
  {
    code: 'c2_tinh',
    national: 'c2',
    group: 'c',
    subject: 'colleges_and_intermediate_schools',
    nameVi: 'Tỷ lệ trường cao đẳng, trung cấp kết nối, sử dụng nền tảng số GDNN quốc gia (chỉ tiêu của tỉnh)',
    nameEn: 'Colleges and intermediate schools connected to the national VET platform (provincial target)',
    values: { 2025: 80, 2030: 100 },
  },
] as const;

/** The planner's yearly path between the 2025 and 2030 values. */
const trajectories: Record<string, Record<number, number>> = {
  a1_tinh: { 2026: 78, 2027: 85, 2028: 92, 2029: 96 },
  b1: { 2026: 76, 2027: 82, 2028: 88, 2029: 94 },
};

export function insertSampleTargets(sqlite: Sqlite): { targets: number; values: number } {
  const insertTarget = sqlite.prepare(
    `INSERT INTO targets (code, group_code, scope, kind, subject, name_vi, name_en, source_document, confidence,
       numerator_indicator, denominator_indicator, national_target_code)
     VALUES (?, ?, 'provincial', 'percent', ?, ?, ?, ?, NULL, ?, ?, ?)`,
  );
  const insertValue = sqlite.prepare('INSERT INTO target_values (target_id, year, percent, milestone, is_trajectory) VALUES (?, ?, ?, NULL, ?)');
  let values = 0;
  for (const t of provincialTargets) {
    const formula = targetFormulas[t.national];
    const id = insertTarget.run(t.code, t.group, t.subject, t.nameVi, t.nameEn, PLAN, formula?.numerator ?? null, formula?.denominator ?? null, t.national).lastInsertRowid;
    for (const [year, percent] of Object.entries(t.values)) {
      insertValue.run(id, Number(year), percent, 0);
      values++;
    }
  }
  const targetId = idsByCode(sqlite, 'targets');
  for (const [code, path] of Object.entries(trajectories)) {
    for (const [year, percent] of Object.entries(path)) {
      insertValue.run(targetId(code), Number(year), percent, 1);
      values++;
    }
  }
  return { targets: provincialTargets.length, values };
}
