import type { GroupRules, ThresholdRow } from '../../../db/queries/projects-group';
import type { ProjectGroup } from '../../api/schemas/projects';
import { formatDate, formatNumber } from '../../api/text/format';

// Project group A / B / C: the band of the law in force on the project's approval date that its total investment
// falls in. Bands are data (project_group_thresholds, min inclusive, max exclusive), keyed by law; the law is the
// one whose effective dates contain the date. The date is the investment-policy approval (which the group decides:
// who approves the policy), else the investment decision; a project not yet approved is judged by the law in
// force today, and the reason says so.

const BILLION = 1_000_000_000;

/** Whole triệu amounts in tỷ with up to three decimals; anything finer in đồng, so "just below" never rounds up. */
export function amountText(dong: number): string {
  return dong % 1_000_000 === 0 ? `${formatNumber(dong / BILLION, 3)} tỷ đồng` : `${formatNumber(dong, 0)} đồng`;
}

function lawOn(rules: GroupRules, date: string) {
  return rules.laws.find((law) => law.effectiveFrom <= date && (law.effectiveTo === null || law.effectiveTo >= date)) ?? null;
}

const inBand = (band: ThresholdRow, total: number) => (band.minDong === null || total >= band.minDong) && (band.maxDong === null || total < band.maxDong);

function bandText(band: ThresholdRow, total: number): string {
  const amount = amountText(total);
  if (band.minDong !== null && band.maxDong !== null) return `${amount} ≥ ${amountText(band.minDong)} và < ${amountText(band.maxDong)}`;
  if (band.minDong !== null) return `${amount} ≥ ${amountText(band.minDong)}`;
  if (band.maxDong !== null) return `${amount} < ${amountText(band.maxDong)}`;
  return amount;
}

export interface GroupBasis {
  totalDong: number;
  /** Policy approval date, else investment decision date; null when the project is not yet approved. */
  basisDate: string | null;
  basisStage?: 'POLICY_APPROVED' | 'INVESTMENT_DECISION' | null;
}

export function deriveGroup(rules: GroupRules, basis: GroupBasis, today: string): ProjectGroup {
  const date = basis.basisDate ?? today;
  const when =
    basis.basisDate === null
      ? `chưa phê duyệt, áp dụng luật có hiệu lực ngày ${formatDate(today)}`
      : `${basis.basisStage === 'INVESTMENT_DECISION' ? 'ngày quyết định đầu tư' : 'ngày phê duyệt chủ trương đầu tư'} ${formatDate(date)}`;
  const law = lawOn(rules, date);
  const base = { lawCode: law?.code ?? null, basisDate: basis.basisDate, totalDong: basis.totalDong };
  if (!law) {
    return { ...base, groupCode: null, unconfirmed: false, reason: `Không có luật đầu tư công nào trong dữ liệu có hiệu lực ngày ${formatDate(date)} (${when})` };
  }
  const band = rules.thresholds.find((t) => t.lawCode === law.code && inBand(t, basis.totalDong));
  if (!band) {
    return { ...base, groupCode: null, unconfirmed: false, reason: `${law.nameVi} không có ngưỡng nhóm dự án cho ${amountText(basis.totalDong)} (${when})` };
  }
  const unconfirmed = !band.confirmed;
  const reason = `Nhóm ${band.groupCode} theo ${law.nameVi}: ${bandText(band, basis.totalDong)} (${when}${unconfirmed ? '; ngưỡng chưa được xác nhận' : ''})`;
  return { ...base, groupCode: band.groupCode, unconfirmed, reason };
}
