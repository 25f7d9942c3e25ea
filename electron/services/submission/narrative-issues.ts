import type { NarrativeData } from './narrative';
import { money, num, paragraphs, pct, share } from './narrative-text';
import { verdictOf } from './narrative-results';

// The difficulties and proposals the figures themselves point to. The planner adds what the figures cannot know.

function shortTargets(data: NarrativeData) {
  return data.targets.filter((t) => t.kind === 'percent' && verdictOf(t) === 'short');
}

/** IV. Difficulties and obstacles. */
export function difficultiesSection(data: NarrativeData): string {
  const items: string[] = [];
  const { totals } = data;
  const notAssessed = totals.institutionsActive - totals.institutionsAssessed;
  const notApproved = totals.institutionsAssessed - totals.institutionsApproved;
  if (notAssessed > 0 || notApproved > 0) {
    const parts = [
      notAssessed > 0 ? `${num(notAssessed)} cơ sở chưa gửi số liệu tự đánh giá` : null,
      notApproved > 0 ? `${num(notApproved)} cơ sở có số liệu chưa được phê duyệt` : null,
    ].filter(Boolean);
    items.push(`- Công tác thu thập, thẩm định số liệu còn chậm: năm ${data.year} còn ${parts.join(', ')}.`);
  }
  const short = shortTargets(data);
  if (short.length > 0) {
    const list = short.map((t) => `${t.code} (đạt ${pct(t.attainment!)}, chỉ tiêu ${pct(t.targetThisYear!)})`).join('; ');
    items.push(`- Một số chỉ tiêu chưa đạt lộ trình năm ${data.year}: ${list}.`);
  }
  const rate = share(totals.disbursedThisYearDong, totals.plannedThisYearDong);
  if (rate !== null && rate < 100) {
    items.push(`- Tiến độ giải ngân vốn năm ${data.year} đạt ${pct(rate)} kế hoạch (${money(totals.disbursedThisYearDong)}/${money(totals.plannedThisYearDong)}).`);
  }
  if (totals.fundingGapDong > 0) {
    items.push(`- Nguồn vốn bố trí cho các dự án chưa đáp ứng nhu cầu: còn thiếu ${money(totals.fundingGapDong)} so với tổng mức đầu tư được duyệt.`);
  }
  // The year's own milestones: an earlier year's miss was reported in that year's report.
  const lagging = data.milestones.filter((m) => m.year === data.year && (m.status === 'missed' || m.status === 'at_risk'));
  if (lagging.length > 0) {
    items.push(`- ${num(lagging.length)} mốc lộ trình năm ${data.year} không đạt hoặc có nguy cơ chậm: ${lagging.map((m) => m.title).join('; ')}.`);
  }
  if (items.length === 0) {
    return 'Qua số liệu tổng hợp, chưa phát hiện khó khăn, vướng mắc nổi bật. Các khó khăn về cơ chế, nhân lực, hạ tầng (nếu có) được bổ sung dưới đây.';
  }
  return paragraphs(['Bên cạnh kết quả đạt được, việc thực hiện Chương trình còn một số khó khăn, vướng mắc:', ...items]);
}

/** V. Proposals to the ministry. */
export function proposalsSection(data: NarrativeData): string {
  const ministry = data.province.recipientMinistry.trim() || 'Bộ';
  const items: string[] = [];
  const groups = new Set(shortTargets(data).map((t) => t.groupCode));
  if (groups.has('a')) {
    items.push('- Tiếp tục tổ chức các chương trình bồi dưỡng năng lực số, kỹ năng phát triển học liệu số cho nhà giáo và cán bộ quản lý giáo dục nghề nghiệp; ban hành khung năng lực số thống nhất để các cơ sở làm căn cứ đánh giá.');
  }
  if (groups.has('b')) {
    items.push('- Hướng dẫn việc tích hợp năng lực số vào chuẩn đầu ra và cập nhật chương trình đào tạo các ngành, nghề công nghệ thông tin, công nghệ số.');
  }
  if (groups.has('c') || groups.has('d')) {
    items.push('- Sớm hoàn thiện nền tảng số giáo dục nghề nghiệp quốc gia, ban hành chuẩn dữ liệu và hướng dẫn kết nối, chia sẻ dữ liệu để các cơ sở thực hiện thống nhất.');
  }
  if (data.totals.fundingGapDong > 0) {
    items.push(`- Xem xét hỗ trợ từ ngân sách trung ương cho các dự án chuyển đổi số giáo dục nghề nghiệp của tỉnh còn thiếu vốn (${money(data.totals.fundingGapDong)}).`);
  }
  items.push('- Tổ chức sơ kết, chia sẻ kinh nghiệm, mô hình chuyển đổi số hiệu quả giữa các địa phương và cơ sở giáo dục nghề nghiệp.');
  return paragraphs([`Để tiếp tục thực hiện hiệu quả Chương trình trong thời gian tới, Sở kính đề nghị ${ministry}:`, ...items]);
}
