import { describe, expect, it } from 'vitest';
import { submissionSnapshot } from '../../electron/api/schemas/submission-snapshot';
import { ITEM_LIMIT, type PreflightFacts, preflightChecks } from '../../electron/services/submission/preflight-rules';
import { institution, project, snapshot2025, target } from './submission-snapshot-fixture';

const facts = (patch: Partial<PreflightFacts> = {}): PreflightFacts => ({
  snapshot: snapshot2025(),
  unjudgedMilestones: [],
  disbursedOverAllocated: [],
  allocatedOverShare: [],
  cancelledWithCapital: [],
  ...patch,
});
const codes = (f: PreflightFacts) => preflightChecks(f).map((c) => `${c.severity}:${c.code}`);

describe('pre-flight rules', () => {
  it('finds nothing in a complete year (and the fixture is a valid snapshot)', () => {
    expect(submissionSnapshot.safeParse(snapshot2025()).success).toBe(true);
    expect(preflightChecks(facts())).toEqual([]);
  });

  it('blocks on the profile fields the document cannot be laid out without, each linking to Settings', () => {
    const f = facts();
    f.snapshot.province.signerName = '';
    f.snapshot.province.documentCode = '  ';
    const [check] = preflightChecks(f);
    expect(check).toMatchObject({ code: 'profile.missing', severity: 'blocking', count: 2, link: { route: '/settings', params: { field: 'documentCode,signerName' } } });
    expect(check!.items.map((i) => i.link.params.field)).toEqual(['documentCode', 'signerName']);
  });

  it('blocks on an empty subject or recipient list, and only warns about a missing number and date', () => {
    const f = facts();
    f.snapshot.submission.subject = ' ';
    f.snapshot.submission.recipients = [];
    f.snapshot.submission.documentNumber = '';
    f.snapshot.submission.documentDate = null;
    expect(codes(f)).toEqual(['blocking:document.subject', 'blocking:document.recipients', 'warning:document.number']);
    const number = preflightChecks(f).find((c) => c.code === 'document.number')!;
    expect(number.count).toBe(2);
    expect(number.link).toEqual({ route: '/submission', params: { year: '2025', step: 'narrative' } });
  });

  it('warns about institutions without an approved assessment, saying where each stands', () => {
    const f = facts({ ids: { institutions: new Map([['TT1', 31]]), projects: new Map(), targets: new Map() } });
    f.snapshot.institutions = [institution('CD1', 'approved'), institution('CD2', 'submitted'), institution('TT1', null)];
    const check = preflightChecks(f).find((c) => c.code === 'assessments.notApproved')!;
    expect(check.severity).toBe('warning');
    expect(check.message).toMatch(/^2\/3 cơ sở chưa có đánh giá năm 2025 được phê duyệt/);
    expect(check.items.map((i) => [i.label, i.message])).toEqual([
      ['CD2 — Trường CD2', 'đã gửi, chưa phê duyệt'],
      ['TT1 — Trường TT1', 'chưa có phiếu đánh giá'],
    ]);
    expect(check.link).toEqual({ route: '/targets', params: { tab: 'assessment', year: '2025', state: 'notApproved' } });
    expect(check.items[1]!.link).toEqual({ route: '/targets', params: { tab: 'assessment', year: '2025', institution: '31' } });
    // An institution the file does not know by that code links to the year's grid.
    expect(check.items[0]!.link).toEqual({ route: '/targets', params: { tab: 'assessment', year: '2025' } });
  });

  it('lists at most the first items but counts them all', () => {
    const f = facts();
    f.snapshot.institutions = Array.from({ length: ITEM_LIMIT + 10 }, (_, i) => institution(`TT${String(i).padStart(3, '0')}`, 'draft'));
    const check = preflightChecks(f).find((c) => c.code === 'assessments.notApproved')!;
    expect(check.count).toBe(ITEM_LIMIT + 10);
    expect(check.items).toHaveLength(ITEM_LIMIT);
  });

  it('warns about percentage targets without a value for the year or without figures, never about milestone targets', () => {
    const f = facts();
    f.snapshot.targets = [
      target({ code: 'a1' }),
      target({ code: 'b2', targetThisYear: null }),
      target({ code: 'd2', attainment: null, numerator: null, denominator: null, institutionsCounted: 0 }),
      target({ code: 'd1', attainment: null, numerator: null, denominator: null, institutionsCounted: 0, institutionsInSubject: 0 }),
      target({ code: 'c1', kind: 'milestone', targetThisYear: null, attainment: null }),
    ];
    expect(codes(f)).toEqual(['warning:targets.noValue', 'warning:targets.noFigures']);
    const [noValue, noFigures] = preflightChecks(f);
    expect(noValue!.items.map((i) => i.label)).toEqual(['b2 — Tỷ lệ của chỉ tiêu b2']);
    expect(noFigures!.items.map((i) => i.label)).toEqual(['d2 — Tỷ lệ của chỉ tiêu d2']);
  });

  it('warns about approved projects short of capital, in triệu đồng', () => {
    const f = facts({ ids: { institutions: new Map(), projects: new Map([['DA-01', 4]]), targets: new Map() } });
    f.snapshot.projects = [project({ code: 'DA-01', fundingGapDong: 1_234_500_000 }), project({ code: 'DA-02', fundingGapDong: 500_000 })];
    const check = preflightChecks(f).find((c) => c.code === 'projects.fundingGap')!;
    expect(check.message).toBe('2 dự án đã có quyết định đầu tư chưa được bố trí đủ vốn (thiếu 1.235 triệu đồng).');
    expect(check.items.map((i) => i.message)).toEqual(['Còn thiếu 1.234,5 triệu đồng', 'Còn thiếu 0,5 triệu đồng']);
    expect(check.link).toEqual({ route: '/capital', params: { tab: 'checks', year: '2025', kind: 'fundingGap' } });
    expect(check.items[0]!.link).toEqual({ route: '/capital', params: { tab: 'annual', year: '2025', measure: 'allocated', project: '4', projectCode: 'DA-01' } });
  });

  it('gathers the totals that do not add up into one warning', () => {
    const f = facts({
      allocatedOverShare: [{ projectCode: 'DA-01', projectName: 'Dự án DA-01', sourceCode: 'NSTW', allocatedDong: 2_000_000_000, shareDong: 0 }],
      disbursedOverAllocated: [{ projectCode: 'DA-01', projectName: 'Dự án DA-01', sourceCode: 'NSDP', year: 2025, allocatedDong: 1_000_000_000, disbursedDong: 1_200_000_000 }],
      cancelledWithCapital: [{ projectCode: 'DA-09', projectName: 'Dự án DA-09', allocatedDong: 300_000_000 }],
    });
    f.snapshot.targets = [target({ code: 'a1', numerator: 210, denominator: 200, attainment: 100 })];
    const check = preflightChecks(f).find((c) => c.code === 'totals.mismatch')!;
    expect(check.count).toBe(4);
    expect(check.items.map((i) => i.message)).toEqual([
      'Đã giao 2.000 triệu đồng vốn NSTW nhưng tổng mức đầu tư không có nguồn này',
      'Năm 2025 vốn NSDP giải ngân 1.200 triệu đồng vượt kế hoạch đã giao 1.000 triệu đồng',
      'Dự án đã hủy bỏ vẫn được giao 300 triệu đồng năm 2025',
      'Tổng số đạt (210) lớn hơn tổng số (200): kết quả vượt 100%',
    ]);
  });

  it('warns about milestones without status, and puts blocking checks first', () => {
    const f = facts({ unjudgedMilestones: [{ id: 7, title: 'Bản đồ số mạng lưới cơ sở GDNN', year: 2025 }] });
    f.snapshot.province.placeName = '';
    expect(codes(f)).toEqual(['blocking:profile.missing', 'warning:milestones.noStatus']);
    expect(preflightChecks(f)[1]!.items[0]!.link).toEqual({ route: '/roadmap', params: { milestone: '7' } });
  });
});
