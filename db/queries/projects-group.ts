import type { Sqlite } from '../client';

// The data the project group is derived from: the laws with their effective dates and the A/B/C bands of each.

export interface LawRow {
  code: string;
  nameVi: string;
  nameEn: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface ThresholdRow {
  lawCode: string;
  groupCode: 'A' | 'B' | 'C';
  minDong: number | null;
  maxDong: number | null;
  confirmed: boolean;
}

export interface GroupRules {
  laws: LawRow[];
  thresholds: ThresholdRow[];
}

export function loadGroupRules(sqlite: Sqlite): GroupRules {
  const laws = sqlite
    .prepare('SELECT code, name_vi AS nameVi, name_en AS nameEn, effective_from AS effectiveFrom, effective_to AS effectiveTo FROM investment_laws ORDER BY effective_from')
    .all() as LawRow[];
  const thresholds = (
    sqlite
      .prepare('SELECT law_code AS lawCode, group_code AS groupCode, min_dong AS minDong, max_dong AS maxDong, confirmed FROM project_group_thresholds ORDER BY id')
      .all() as (Omit<ThresholdRow, 'confirmed'> & { confirmed: number })[]
  ).map((t) => ({ ...t, confirmed: t.confirmed === 1 }));
  return { laws, thresholds };
}
