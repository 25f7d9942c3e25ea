import { formatDate } from '../../api/text/format';
import type { NarrativeData } from './narrative';
import { listText, lowerFirst, num, paragraphs, provinceInSentence } from './narrative-text';

const KIND_WORDS: Record<NarrativeData['awarenessActivities'][number]['kind'], string> = {
  conference: 'hội nghị',
  workshop: 'hội thảo, tọa đàm',
  media: 'chương trình truyền thông',
  training: 'lớp tập huấn, bồi dưỡng',
};

const STATUS_WORDS = { met: 'đã đạt', on_track: 'đúng tiến độ', at_risk: 'có nguy cơ chậm', missed: 'không đạt', planned: 'đã lên kế hoạch' } as const;

function networkParagraph(data: NarrativeData): string {
  const { institutions, totals, year } = data;
  const byType = new Map<string, number>();
  for (const i of institutions) byType.set(i.typeName, (byType.get(i.typeName) ?? 0) + 1);
  const order = new Map(data.institutionTypes.map((t, index) => [t.nameVi, index]));
  const types = [...byType.entries()]
    .sort((a, b) => (order.get(a[0]) ?? 99) - (order.get(b[0]) ?? 99))
    .map(([name, n]) => `${num(n)} ${lowerFirst(name)}`);
  const network = `Năm ${year}, trên địa bàn ${provinceInSentence(data.province.name)} có ${num(totals.institutionsActive)} cơ sở giáo dục nghề nghiệp thuộc phạm vi đánh giá${types.length ? ` (${listText(types)})` : ''}.`;
  const assessed =
    totals.institutionsAssessed === 0
      ? ' Chưa cơ sở nào gửi số liệu tự đánh giá của năm.'
      : ` ${num(totals.institutionsAssessed)} cơ sở đã gửi số liệu tự đánh giá, trong đó ${num(totals.institutionsApproved)} cơ sở đã được Sở thẩm định, phê duyệt.`;
  return network + assessed;
}

function awarenessParagraphs(data: NarrativeData): string[] {
  const list = data.awarenessActivities;
  if (list.length === 0) {
    return [`Về công tác tuyên truyền, nâng cao nhận thức: dữ liệu chưa ghi nhận hoạt động nào trong năm ${data.year}.`];
  }
  const byKind = new Map<string, number>();
  for (const a of list) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
  const kinds = [...byKind.entries()].map(([kind, n]) => `${num(n)} ${KIND_WORDS[kind as keyof typeof KIND_WORDS]}`);
  const people = data.totals.participants > 0 ? ` với ${num(data.totals.participants)} lượt người tham dự` : '';
  const lead = `Về công tác tuyên truyền, nâng cao nhận thức: trong năm đã tổ chức ${num(list.length)} hoạt động (${listText(kinds)})${people}, hướng tới cơ quan quản lý, cơ sở giáo dục nghề nghiệp, doanh nghiệp và người học. Cụ thể:`;
  const items = list.map((a) => {
    const who = [a.audience, a.participants !== null ? `${num(a.participants)} người tham dự` : null].filter(Boolean).join('; ');
    return `- Ngày ${formatDate(a.heldOn)}: ${a.title}${who ? ` (${who})` : ''}.`;
  });
  return [lead, ...items];
}

function roadmapParagraph(data: NarrativeData): string | null {
  const due = data.milestones.filter((m) => m.year === data.year);
  if (due.length === 0) return null;
  const counts = new Map<string, number>();
  for (const m of due) counts.set(m.status ?? 'none', (counts.get(m.status ?? 'none') ?? 0) + 1);
  const parts = (['met', 'on_track', 'at_risk', 'missed', 'planned'] as const)
    .filter((s) => counts.has(s))
    .map((s) => `${num(counts.get(s)!)} mốc ${STATUS_WORDS[s]}`);
  if (counts.has('none')) parts.push(`${num(counts.get('none')!)} mốc chưa đánh giá`);
  return `Lộ trình chuyển đổi số năm ${data.year} có ${num(due.length)} mốc nhiệm vụ: ${listText(parts)}.`;
}

/** I. The year's implementation and the awareness-raising work. */
export function situationSection(data: NarrativeData): string {
  const opening = `Thực hiện Quyết định số 2222/QĐ-TTg ngày 30/12/2021 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số trong giáo dục nghề nghiệp đến năm 2025, định hướng đến năm 2030 và hướng dẫn của Bộ, năm ${data.year} Sở tiếp tục chỉ đạo các cơ sở giáo dục nghề nghiệp triển khai kế hoạch chuyển đổi số, rà soát thực trạng theo các chỉ tiêu cơ bản của Chương trình và bố trí nguồn lực thực hiện.`;
  return paragraphs([opening, networkParagraph(data), ...awarenessParagraphs(data), roadmapParagraph(data)]);
}
