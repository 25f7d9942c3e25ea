import type { NarrativeData } from './narrative';
import { num, paragraphs, pct, points } from './narrative-text';

type Target = NarrativeData['targets'][number];

/** Whether a percentage target is met this year: null when there is no figure or no target for the year. */
export function verdictOf(target: Pick<Target, 'attainment' | 'targetThisYear'>): 'met' | 'short' | null {
  if (target.attainment === null || target.targetThisYear === null) return null;
  return target.attainment >= target.targetThisYear ? 'met' : 'short';
}

function label(target: Target): string {
  // Province targets are often named "… (chỉ tiêu của tỉnh)" already.
  return target.scope === 'provincial' && !/của tỉnh|của thành phố/.test(target.nameVi) ? `chỉ tiêu của tỉnh ${target.code}` : `chỉ tiêu ${target.code}`;
}

function figures(target: Target): string {
  if (target.numerator === null || target.denominator === null) return '';
  return ` (${num(target.numerator)}/${num(target.denominator)}; ${num(target.institutionsCounted)}/${num(target.institutionsInSubject)} cơ sở có số liệu)`;
}

function percentLine(target: Target, year: number): string {
  const name = `- ${target.nameVi} (${label(target)})`;
  if (target.attainment === null && target.institutionsInSubject === 0) {
    return `${name}: chỉ tiêu không tính từ số liệu của các cơ sở; kết quả do Sở tổng hợp, bổ sung.`;
  }
  if (target.attainment === null) {
    return `${name}: chưa có số liệu của các cơ sở để tính kết quả năm ${year}.`;
  }
  const achieved = `${name}: đạt ${pct(target.attainment)}${figures(target)}`;
  const previous = target.history.find((h) => h.year === year - 1)?.attainment ?? null;
  const trend = previous === null ? '' : `; năm ${year - 1} đạt ${pct(previous)}`;
  const verdict = verdictOf(target);
  if (verdict === null) return `${achieved}; chưa xác định chỉ tiêu cho năm ${year}${trend}.`;
  const gap = target.attainment - target.targetThisYear!;
  const judged =
    verdict === 'met'
      ? `so với chỉ tiêu năm ${year} là ${pct(target.targetThisYear!)}: đạt${gap > 0 ? `, vượt ${points(gap)}` : ''}`
      : `so với chỉ tiêu năm ${year} là ${pct(target.targetThisYear!)}: chưa đạt, còn thiếu ${points(gap)}`;
  return `${achieved}, ${judged}${trend}.`;
}

function milestoneLine(target: Target): string {
  return `- ${target.nameVi} (${label(target)}): ${target.milestoneText ?? 'chưa có đánh giá'}.`;
}

/** II. Results against each basic target of the Decision and the province's own targets. */
export function resultsSection(data: NarrativeData): string {
  const percent = data.targets.filter((t) => t.kind === 'percent');
  const measured = percent.filter((t) => t.attainment !== null);
  const met = measured.filter((t) => verdictOf(t) === 'met').length;
  const short = measured.filter((t) => verdictOf(t) === 'short').length;
  const lead =
    `Kết quả năm ${data.year} được tổng hợp từ số liệu tự đánh giá của ${num(data.totals.institutionsAssessed)} cơ sở giáo dục nghề nghiệp; ` +
    'tỷ lệ của tỉnh tính bằng tổng số đạt trên tổng số của các cơ sở (không lấy bình quân tỷ lệ của từng cơ sở). ' +
    `Trong ${num(percent.length)} chỉ tiêu tính theo tỷ lệ, ${num(met)} chỉ tiêu đạt, ${num(short)} chỉ tiêu chưa đạt so với lộ trình năm ${data.year}` +
    (percent.length - met - short > 0 ? `, ${num(percent.length - met - short)} chỉ tiêu chưa đủ số liệu hoặc chưa có chỉ tiêu năm để so sánh.` : '.');
  const lines = data.targets.map((t) => (t.kind === 'percent' ? percentLine(t, data.year) : milestoneLine(t)));
  return paragraphs([lead, ...lines]);
}
