import type { LinkIds } from '../../../db/queries/submission-checks';
import type { CheckLink, PreflightCheck } from '../../api/schemas/submission';
import type { SubmissionSnapshot } from '../../api/schemas/submission-snapshot';
import { money, num, pct } from './narrative-text';
import { fixLinks } from './preflight-links';

// THE PRE-FLIGHT RULES, pure: what the submission of a year still lacks, each with where to fix it.
// Blocking: what the document cannot be laid out without (the profile's bodies and signer, the subject, the
// recipients); approval waits for them. Everything else is a warning the approver reads and acknowledges: a
// province may have to report on time with a centre's return still missing, and the report says so itself.

export interface PreflightFacts {
  snapshot: SubmissionSnapshot;
  /** Milestones up to the year with no status, derived or set by hand. */
  unjudgedMilestones: { id: number; title: string; year: number }[];
  disbursedOverAllocated: { projectCode: string; projectName: string; sourceCode: string; year: number; allocatedDong: number; disbursedDong: number }[];
  allocatedOverShare: { projectCode: string; projectName: string; sourceCode: string; allocatedDong: number; shareDong: number }[];
  cancelledWithCapital: { projectCode: string; projectName: string; allocatedDong: number }[];
  /** Ids of institutions, projects and targets by code, for the links; a code not found links to the list. */
  ids?: LinkIds;
}

/** Items listed per check; the count says how many there are in all. */
export const ITEM_LIMIT = 50;

export const PROFILE_FIELDS = [
  ['superiorBody', 'Cơ quan chủ quản (dòng trên cùng bên trái)'],
  ['owningDepartment', 'Cơ quan ban hành báo cáo'],
  ['documentCode', 'Ký hiệu văn bản (ví dụ BC-SGDĐT)'],
  ['placeName', 'Địa danh ghi ở dòng ngày tháng'],
  ['recipientMinistry', 'Bộ nhận báo cáo'],
  ['recipientDepartment', 'Đơn vị nhận báo cáo'],
  ['signingAuthority', 'Thẩm quyền ký (ví dụ KT. GIÁM ĐỐC)'],
  ['signerTitle', 'Chức vụ người ký'],
  ['signerName', 'Họ tên người ký'],
] as const;

function check(
  code: string,
  severity: PreflightCheck['severity'],
  title: string,
  message: string,
  where: CheckLink,
  items: PreflightCheck['items'],
): PreflightCheck {
  return { code, severity, title, message, count: items.length, link: where, items: items.slice(0, ITEM_LIMIT) };
}

function documentChecks(s: SubmissionSnapshot): PreflightCheck[] {
  const out: PreflightCheck[] = [];
  const missing = PROFILE_FIELDS.filter(([field]) => !s.province[field].trim());
  if (missing.length) {
    out.push(
      check(
        'profile.missing',
        'blocking',
        'Hồ sơ tỉnh thiếu thông tin văn bản cần',
        `Chưa nhập ${num(missing.length)} thông tin mà thể thức văn bản (Nghị định 30/2020/NĐ-CP) bắt buộc; nhập ở trang Cài đặt.`,
        fixLinks.settings(missing.map(([field]) => field)),
        missing.map(([field, label]) => ({ label, message: 'Chưa nhập', link: fixLinks.settings([field]) })),
      ),
    );
  }
  const here = (step: string) => fixLinks.submission(s.year, step);
  if (!s.submission.subject.trim()) {
    out.push(check('document.subject', 'blocking', 'Chưa có trích yếu', 'Báo cáo cần trích yếu (dòng dưới chữ "BÁO CÁO").', here('narrative'), [
      { label: 'Trích yếu', message: 'Đang để trống', link: here('narrative') },
    ]));
  }
  if (s.submission.recipients.length === 0) {
    out.push(check('document.recipients', 'blocking', 'Chưa có nơi nhận', 'Báo cáo cần danh sách "Nơi nhận".', here('narrative'), [
      { label: 'Nơi nhận', message: 'Đang để trống', link: here('narrative') },
    ]));
  }
  const unnumbered = [
    ...(s.submission.documentNumber.trim() ? [] : [{ label: 'Số văn bản', message: 'Chưa điền: văn bản in ra sẽ để trống số để văn thư điền khi phát hành', link: here('narrative') }]),
    ...(s.submission.documentDate ? [] : [{ label: 'Ngày văn bản', message: 'Chưa điền: dòng địa danh, ngày tháng sẽ để trống ngày', link: here('narrative') }]),
  ];
  if (unnumbered.length) {
    out.push(check('document.number', 'warning', 'Chưa có số, ngày văn bản', 'Có thể để trống và điền tay khi phát hành.', here('narrative'), unnumbered));
  }
  const empty = s.submission.sections.filter((x) => !x.body.trim());
  if (empty.length) {
    out.push(check('narrative.empty', 'warning', 'Mục báo cáo còn trống', `${num(empty.length)} mục của phần nội dung chưa có chữ nào.`, here('narrative'), empty.map((x) => ({
      label: x.title, message: 'Chưa có nội dung', link: fixLinks.submission(s.year, 'narrative', x.key),
    }))));
  }
  return out;
}

function assessmentChecks(s: SubmissionSnapshot, ids: LinkIds | undefined): PreflightCheck[] {
  const out: PreflightCheck[] = [];
  const pending = s.institutions.filter((i) => i.assessmentState !== 'approved');
  const stateText = { draft: 'phiếu đánh giá đang soạn', submitted: 'đã gửi, chưa phê duyệt', approved: 'đã phê duyệt' } as const;
  if (pending.length) {
    out.push(check('assessments.notApproved', 'warning', 'Cơ sở chưa có đánh giá được phê duyệt',
      `${num(pending.length)}/${num(s.institutions.length)} cơ sở chưa có đánh giá năm ${s.year} được phê duyệt; số liệu của các cơ sở này vẫn được tính như đang nhập.`,
      fixLinks.assessment(s.year, { notApproved: true }),
      pending.map((i) => ({
        label: `${i.code} — ${i.name}`,
        message: i.assessmentState ? stateText[i.assessmentState] : 'chưa có phiếu đánh giá',
        link: fixLinks.assessment(s.year, { institutionId: ids?.institutions.get(i.code) }),
      }))));
  }
  const percent = s.targets.filter((t) => t.kind === 'percent');
  const noGoal = percent.filter((t) => t.targetThisYear === null);
  if (noGoal.length) {
    out.push(check('targets.noValue', 'warning', 'Chỉ tiêu chưa có giá trị cho năm',
      `${num(noGoal.length)} chỉ tiêu chưa có giá trị năm ${s.year} (không đặt, cũng không nội suy được): báo cáo không so sánh được kết quả với chỉ tiêu.`,
      fixLinks.targetEditor(s.year),
      noGoal.map((t) => ({ label: `${t.code} — ${t.nameVi}`, message: `Chưa có chỉ tiêu năm ${s.year}`, link: fixLinks.targetEditor(s.year, ids?.targets.get(t.code)) }))));
  }
  const noFigures = percent.filter((t) => t.attainment === null && t.institutionsInSubject > 0);
  if (noFigures.length) {
    out.push(check('targets.noFigures', 'warning', 'Chỉ tiêu chưa tính được kết quả',
      `${num(noFigures.length)} chỉ tiêu chưa có cơ sở nào báo cáo đủ số liệu năm ${s.year}.`,
      fixLinks.completeness(s.year),
      noFigures.map((t) => ({ label: `${t.code} — ${t.nameVi}`, message: `${num(t.institutionsInSubject)} cơ sở thuộc đối tượng, chưa cơ sở nào đủ số liệu`, link: fixLinks.attainment(s.year, ids?.targets.get(t.code)) }))));
  }
  return out;
}

function capitalChecks(facts: PreflightFacts): PreflightCheck[] {
  const { snapshot: s, ids } = facts;
  const out: PreflightCheck[] = [];
  const project = (code: string) => ({ projectId: ids?.projects.get(code), projectCode: code });
  const gaps = s.projects.filter((p) => p.fundingGapDong > 0);
  if (gaps.length) {
    out.push(check('projects.fundingGap', 'warning', 'Dự án đã duyệt còn thiếu vốn',
      `${num(gaps.length)} dự án đã có quyết định đầu tư chưa được bố trí đủ vốn (thiếu ${money(gaps.reduce((n, p) => n + p.fundingGapDong, 0))}).`,
      fixLinks.capitalChecks(s.year, 'fundingGap'),
      gaps.map((p) => ({ label: `${p.code} — ${p.name}`, message: `Còn thiếu ${money(p.fundingGapDong)}`, link: fixLinks.capitalMatrix(s.year, 'allocated', project(p.code)) }))));
  }
  const sums: PreflightCheck['items'] = [
    ...facts.allocatedOverShare.map((r) => ({
      label: `${r.projectCode} — ${r.projectName}`,
      message: r.shareDong === 0
        ? `Đã giao ${money(r.allocatedDong)} vốn ${r.sourceCode} nhưng tổng mức đầu tư không có nguồn này`
        : `Vốn ${r.sourceCode} đã giao ${money(r.allocatedDong)} vượt phần vốn của nguồn trong tổng mức đầu tư ${money(r.shareDong)}`,
      link: fixLinks.capitalMatrix(s.year, 'allocated', { ...project(r.projectCode), source: r.sourceCode }),
    })),
    ...facts.disbursedOverAllocated.map((r) => ({
      label: `${r.projectCode} — ${r.projectName}`,
      message: `Năm ${r.year} vốn ${r.sourceCode} giải ngân ${money(r.disbursedDong)} vượt kế hoạch đã giao ${money(r.allocatedDong)}`,
      link: fixLinks.capitalMatrix(r.year, 'disbursed', { ...project(r.projectCode), source: r.sourceCode }),
    })),
    ...facts.cancelledWithCapital.map((r) => ({
      label: `${r.projectCode} — ${r.projectName}`,
      message: `Dự án đã hủy bỏ vẫn được giao ${money(r.allocatedDong)} năm ${s.year}`,
      link: fixLinks.capitalMatrix(s.year, 'allocated', project(r.projectCode)),
    })),
    ...s.targets
      .filter((t) => t.numerator !== null && t.denominator !== null && t.numerator > t.denominator)
      .map((t) => ({
        label: `${t.code} — ${t.nameVi}`,
        message: `Tổng số đạt (${num(t.numerator!)}) lớn hơn tổng số (${num(t.denominator!)}): kết quả vượt ${pct(100)}`,
        link: fixLinks.attainment(s.year, ids?.targets.get(t.code)),
      })),
  ];
  if (sums.length) {
    out.push(check('totals.mismatch', 'warning', 'Số liệu không khớp',
      'Các số tổng cộng không khớp nhau: vốn giao vượt tổng mức đầu tư theo nguồn, giải ngân vượt kế hoạch, vốn giao cho dự án đã hủy hoặc số đạt lớn hơn tổng số.',
      fixLinks.capitalChecks(s.year), sums));
  }
  return out;
}

function roadmapChecks(facts: PreflightFacts): PreflightCheck[] {
  const { snapshot: s, unjudgedMilestones } = facts;
  if (unjudgedMilestones.length === 0) return [];
  return [
    check('milestones.noStatus', 'warning', 'Mốc lộ trình chưa có trạng thái',
      `${num(unjudgedMilestones.length)} mốc lộ trình đến năm ${s.year} chưa có trạng thái (không suy ra được từ chỉ tiêu, dự án, cũng chưa đặt tay).`,
      fixLinks.unjudgedMilestones(s.year),
      unjudgedMilestones.map((m) => ({ label: m.title, message: `Mốc năm ${m.year}`, link: fixLinks.milestone(m.id) }))),
  ];
}

/** Every check of the year, blocking ones first. */
export function preflightChecks(facts: PreflightFacts): PreflightCheck[] {
  const all = [...documentChecks(facts.snapshot), ...assessmentChecks(facts.snapshot, facts.ids), ...capitalChecks(facts), ...roadmapChecks(facts)];
  return [...all.filter((c) => c.severity === 'blocking'), ...all.filter((c) => c.severity === 'warning')];
}
