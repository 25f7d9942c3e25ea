import type { NarrativeData } from './narrative';
import { listText, money, num, paragraphs, pct, share } from './narrative-text';

/** Allocated (after adjustment) and disbursed capital of the year, by source, from the allocation rows. */
export function yearCapitalBySource(data: Pick<NarrativeData, 'allocations' | 'capitalSources' | 'year'>) {
  const bySource = new Map<string, { allocatedDong: number; disbursedDong: number }>();
  for (const a of data.allocations) {
    if (a.year !== data.year) continue;
    const cell = bySource.get(a.sourceCode) ?? { allocatedDong: 0, disbursedDong: 0 };
    cell.allocatedDong += a.adjustedDong ?? a.plannedDong;
    cell.disbursedDong += a.disbursedDong;
    bySource.set(a.sourceCode, cell);
  }
  return data.capitalSources.filter((s) => bySource.has(s.code)).map((s) => ({ code: s.code, nameVi: s.nameVi, ...bySource.get(s.code)! }));
}

const STAGE_ORDER = ['COMPLETED', 'SETTLED', 'IMPLEMENTING', 'INVESTMENT_DECISION', 'POLICY_APPROVED', 'PROPOSED', 'SUSPENDED', 'CANCELLED'];

function stagesParagraph(data: NarrativeData): string {
  const byStage = new Map<string, { name: string; n: number }>();
  for (const p of data.projects) {
    const cell = byStage.get(p.stageCode) ?? { name: p.stageName, n: 0 };
    cell.n += 1;
    byStage.set(p.stageCode, cell);
  }
  const parts = [...byStage.entries()]
    .sort((a, b) => STAGE_ORDER.indexOf(a[0]) - STAGE_ORDER.indexOf(b[0]))
    .map(([, s]) => `${num(s.n)} dự án ở giai đoạn "${s.name}"`);
  const total = data.projects.reduce((n, p) => n + p.totalInvestmentDong, 0);
  return `Đến hết năm ${data.year}, tỉnh có ${num(data.projects.length)} dự án đầu tư phục vụ chuyển đổi số giáo dục nghề nghiệp với tổng mức đầu tư ${money(total)}, gồm ${listText(parts)}.`;
}

function capitalParagraph(data: NarrativeData): string {
  const sources = yearCapitalBySource(data);
  const planned = data.totals.plannedThisYearDong;
  const disbursed = data.totals.disbursedThisYearDong;
  if (planned === 0 && disbursed === 0) return `Năm ${data.year} chưa có kế hoạch vốn được giao cho các dự án.`;
  const bySource = sources.filter((s) => s.allocatedDong > 0).map((s) => `${s.nameVi} ${money(s.allocatedDong)}`);
  const rate = share(disbursed, planned);
  const before = data.projects.reduce((n, p) => n + p.allocatedBeforeYearDong, 0);
  return (
    `Kế hoạch vốn năm ${data.year} đã giao ${money(planned)}${bySource.length ? ` (${listText(bySource)})` : ''}; ` +
    `đã giải ngân ${money(disbursed)}${rate === null ? '' : `, đạt ${pct(rate)} kế hoạch`}. ` +
    `Lũy kế vốn đã bố trí cho các dự án đến hết năm ${data.year - 1} là ${money(before)}.`
  );
}

function gapParagraphs(data: NarrativeData): string[] {
  const short = data.projects.filter((p) => p.fundingGapDong > 0);
  if (short.length === 0) return ['Các dự án đã có quyết định đầu tư đều đã được bố trí đủ vốn theo tổng mức đầu tư được duyệt.'];
  return [
    `Còn ${num(short.length)} dự án đã có quyết định đầu tư chưa được bố trí đủ vốn, tổng số vốn còn thiếu ${money(data.totals.fundingGapDong)}:`,
    ...short.map((p) => `- ${p.name} (${p.code}): còn thiếu ${money(p.fundingGapDong)}.`),
  ];
}

/** III. Investment projects and their capital. */
export function projectsSection(data: NarrativeData): string {
  if (data.projects.length === 0) return `Đến hết năm ${data.year}, tỉnh chưa có dự án đầu tư nào phục vụ chuyển đổi số giáo dục nghề nghiệp.`;
  return paragraphs([stagesParagraph(data), capitalParagraph(data), ...gapParagraphs(data)]);
}
