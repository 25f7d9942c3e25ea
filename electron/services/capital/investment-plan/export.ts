import { writeFileAtomically } from '../../export/write-atomically';
import type { Sqlite } from '../../../../db/client';
import { planTableRows, provinceProfileNames } from '../../../../db/queries/capital-plan-table';
import { fundingGaps } from '../../../../db/queries/funding-gap';
import { sanitiseFileName } from '../../export/spreadsheet-safety';
import type { Platform } from '../../platform';
import { periodOf } from '../matrix';
import { millions } from '../money';
import { groupRows } from './groups';
import { investmentPlanWorkbook, type PlanSheetInput } from './workbook';

/** Everything the sheet needs, read before any await (no statement stays open across one). */
export function planSheetInput(sqlite: Sqlite, year: number): PlanSheetInput {
  const period = periodOf(sqlite, year);
  const rows = planTableRows(sqlite, year, period);
  const gaps = new Map<number, number>();
  for (const gap of fundingGaps(sqlite)) gaps.set(gap.projectId, (gaps.get(gap.projectId) ?? 0) + gap.gapDong);
  const notes = new Map<number, string>();
  for (const row of rows) {
    const parts: string[] = [];
    if (row.stageCode === 'SUSPENDED') parts.push('Đang tạm dừng');
    const gap = gaps.get(row.projectId);
    if (gap) parts.push(`Còn thiếu ${millions(gap)} so với TMĐT`);
    if (parts.length) notes.set(row.projectId, parts.join('; '));
  }
  return {
    year,
    periodCode: period?.code ?? null,
    province: provinceProfileNames(sqlite),
    groups: groupRows(rows, year, new Set(gaps.keys())),
    notes,
  };
}

const plainLetters = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Writes the workbook where the user chooses, through a temporary file renamed when complete. */
export async function exportInvestmentPlan(sqlite: Sqlite, platform: Platform, year: number) {
  const input = planSheetInput(sqlite, year);
  const rows = [...input.groups.values()].reduce((n, list) => n + list.length, 0);
  const stem = sanitiseFileName(`Ke hoach dau tu cong nam ${year} - ${plainLetters(input.province.name)}`, `ke-hoach-${year}`);
  const file = await platform.chooseNewFileLocation(`${stem}.xlsx`, 'spreadsheet');
  if (!file) return { file: null, rows: 0 };
  const content = await investmentPlanWorkbook(input);
  writeFileAtomically(file, content);
  return { file, rows };
}
