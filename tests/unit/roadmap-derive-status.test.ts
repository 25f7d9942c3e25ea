import { describe, expect, it } from 'vitest';
import { deriveStatus, type MilestoneFacts, type ProjectFacts, type TargetFacts } from '../../electron/services/roadmap/derive-status';

// Every case worked out by hand. As of 20/05/2026: 2026 is the current year; four whole months of it are over, so the
// capital checks expect 4/12 = 33,3 % of the year's allocation disbursed.
const AS_OF = '2026-05-20';

const milestone = (year: number, hand: Partial<MilestoneFacts> = {}): MilestoneFacts => ({ year, handStatus: null, handNote: null, ...hand });
const target = (goal: number | null, actuals: [number, number][], extra: Partial<TargetFacts> = {}): TargetFacts => ({
  code: 'a1',
  kind: 'percent',
  measurable: true,
  goal,
  actuals: actuals.map(([year, value]) => ({ year, value })),
  ...extra,
});
const byTarget = (m: MilestoneFacts, t: TargetFacts, asOf = AS_OF) => deriveStatus({ milestone: m, link: { kind: 'target', target: t }, asOf });

const M = 1_000_000;
const project = (extra: Partial<ProjectFacts> = {}): ProjectFacts => ({
  code: 'DA-01',
  stageCode: 'IMPLEMENTING',
  stageNameVi: 'Đang thực hiện',
  allocatedDong: 0,
  disbursedDong: 0,
  completedOn: null,
  ...extra,
});
const byProject = (m: MilestoneFacts, p: ProjectFacts, asOf = AS_OF) => deriveStatus({ milestone: m, link: { kind: 'project', project: p }, asOf });

describe('status of a milestone linked to a percentage target', () => {
  it('is met when the past year reached its target: 2025 at 52,5 % against 50 %', () => {
    expect(byTarget(milestone(2025), target(50, [[2024, 40], [2025, 52.5]]))).toEqual({
      status: 'met',
      source: 'target',
      reason: 'Năm 2025 đạt 52,5% / chỉ tiêu 50%: đã đạt',
    });
  });

  it('is missed when the past year fell short: 2025 at 46,2 % against 50 %, 3,8 points short', () => {
    expect(byTarget(milestone(2025), target(50, [[2024, 40], [2025, 46.2]]))).toEqual({
      status: 'missed',
      source: 'target',
      reason: 'Năm 2025 đạt 46,2% / chỉ tiêu 50%: không đạt (thiếu 3,8 điểm %)',
    });
  });

  it('is met exactly at the target (≥, not >)', () => {
    expect(byTarget(milestone(2025), target(50, [[2025, 50]])).status).toBe('met');
  });

  // 40, 46, 52 in 2024–2026: mean year 2025, mean 46, slope ((-1)(-6) + 0 + (1)(6)) / 2 = 6; 2027: 46 + 6 × 2 = 58.
  const rising = target(null, [[2024, 40], [2025, 46], [2026, 52]]);

  it('is on track when the projection to a later year reaches its target: 58 % ≥ 55 % in 2027', () => {
    expect(byTarget(milestone(2027), { ...rising, goal: 55 })).toEqual({
      status: 'on_track',
      source: 'target',
      reason: 'Năm 2026 đạt 52%; dự báo 2027 (xu hướng 2024, 2025, 2026): 58% ≥ chỉ tiêu 55%: đúng tiến độ',
    });
  });

  it('is at risk when the projection falls short: 58 % < 60 % in 2027', () => {
    expect(byTarget(milestone(2027), { ...rising, goal: 60 })).toEqual({
      status: 'at_risk',
      source: 'target',
      reason: 'Năm 2026 đạt 52%; dự báo 2027 (xu hướng 2024, 2025, 2026): 58% < chỉ tiêu 60%: có nguy cơ không đạt',
    });
  });

  it('judges the current year by projection until its own figure reaches the target', () => {
    // 2026 is current: 52 % < 55 % so far; the line through 40, 46, 52 gives 52 in 2026 (46 + 6 × 1) < 55: at risk.
    const current = byTarget(milestone(2026), { ...rising, goal: 55 });
    expect(current.status).toBe('at_risk');
    expect(current.reason).toBe('Năm 2026 đạt 52% / chỉ tiêu 55%; dự báo 2026 (xu hướng 2024, 2025, 2026): 52% < chỉ tiêu 55%: có nguy cơ không đạt');
    expect(byTarget(milestone(2026), { ...rising, goal: 50 })).toMatchObject({ status: 'met', reason: 'Năm 2026 đạt 52% / chỉ tiêu 50%: đã đạt' });
  });

  it('carries a single year forward: 61 % in 2025 against 60 % in 2028 is on track', () => {
    expect(byTarget(milestone(2028), target(60, [[2025, 61]]))).toMatchObject({
      status: 'on_track',
      reason: 'Năm 2025 đạt 61%; dự báo 2028 (giữ nguyên số liệu một năm): 61% ≥ chỉ tiêu 60%: đúng tiến độ',
    });
  });

  it('has no status without figures, and says so', () => {
    expect(byTarget(milestone(2027), target(60, []))).toEqual({
      status: null,
      source: 'target',
      reason: 'Chỉ tiêu a1: chưa có số liệu đánh giá; chỉ tiêu năm 2027: 60%',
    });
    // A past year without its own figure is not judged by other years.
    expect(byTarget(milestone(2024), target(40, [[2025, 60]]))).toEqual({
      status: null,
      source: 'target',
      reason: 'Chỉ tiêu a1: chưa có số liệu năm 2024 (chỉ tiêu 40%)',
    });
  });

  it('falls back to the hand-set status for a milestone-kind target, a target without a formula or a value', () => {
    const hand = milestone(2027, { handStatus: 'at_risk', handNote: 'Chưa có quyết định thành lập' });
    expect(byTarget(hand, target(null, [], { code: 'c1', kind: 'milestone', measurable: false }))).toEqual({
      status: 'at_risk',
      source: 'manual',
      reason: 'Đặt tay: có nguy cơ chậm (chỉ tiêu c1 là chỉ tiêu dạng mốc, không tính từ số liệu) — Chưa có quyết định thành lập',
    });
    expect(byTarget(milestone(2027), target(60, [[2025, 50]], { measurable: false }))).toEqual({
      status: null,
      source: 'none',
      reason: 'Chưa có trạng thái (chỉ tiêu a1 chưa có công thức tính từ số liệu)',
    });
    expect(byTarget(milestone(2021, { handStatus: 'met' }), target(null, [[2021, 30]]))).toMatchObject({
      status: 'met',
      source: 'manual',
      reason: 'Đặt tay: đã đạt (chỉ tiêu a1 chưa có giá trị cho năm 2021)',
    });
  });
});

describe('status of a milestone linked to a project', () => {
  it('is met when the project is completed or settled in time, missed when completed after the milestone year', () => {
    const done = project({ stageCode: 'COMPLETED', stageNameVi: 'Hoàn thành, bàn giao', completedOn: '2025-12-25' });
    expect(byProject(milestone(2025), done)).toEqual({ status: 'met', source: 'project', reason: 'Dự án DA-01 ở giai đoạn "Hoàn thành, bàn giao": đã hoàn thành ngày 25/12/2025' });
    expect(byProject(milestone(2024), done)).toEqual({
      status: 'missed',
      source: 'project',
      reason: 'Dự án DA-01 ở giai đoạn "Hoàn thành, bàn giao": hoàn thành ngày 25/12/2025, sau năm của mốc (2024)',
    });
    expect(byProject(milestone(2027), project({ stageCode: 'SETTLED', stageNameVi: 'Quyết toán' })).status).toBe('met');
  });

  it('is missed when cancelled, at risk when suspended', () => {
    expect(byProject(milestone(2027), project({ stageCode: 'CANCELLED', stageNameVi: 'Hủy bỏ' }))).toEqual({
      status: 'missed',
      source: 'project',
      reason: 'Dự án DA-01 ở giai đoạn "Hủy bỏ": dự án đã hủy',
    });
    expect(byProject(milestone(2027), project({ stageCode: 'SUSPENDED', stageNameVi: 'Tạm dừng' }))).toMatchObject({ status: 'at_risk', reason: 'Dự án DA-01 ở giai đoạn "Tạm dừng": dự án đang tạm dừng' });
  });

  it('is missed when the milestone year passed without completion', () => {
    expect(byProject(milestone(2025), project())).toEqual({
      status: 'missed',
      source: 'project',
      reason: 'Dự án DA-01 ở giai đoạn "Đang thực hiện": năm 2025 đã qua mà dự án chưa hoàn thành',
    });
  });

  it('is at risk when the year’s disbursement is behind the pace: 300 of 1.200 triệu (25 %) against 33,3 %', () => {
    // Expected 1.200 × 4/12 = 400 triệu; short by 100 triệu, above the 0,5 % tolerance (6 triệu).
    expect(byProject(milestone(2027), project({ allocatedDong: 1_200 * M, disbursedDong: 300 * M }))).toEqual({
      status: 'at_risk',
      source: 'project',
      reason: 'Dự án DA-01 ở giai đoạn "Đang thực hiện"; giải ngân năm 2026 đạt 25%, chậm so với tiến độ 33,3%',
    });
  });

  it('is on track within the tolerance (395 of the expected 400 triệu) or with nothing allocated', () => {
    expect(byProject(milestone(2026), project({ allocatedDong: 1_200 * M, disbursedDong: 395 * M }))).toEqual({
      status: 'on_track',
      source: 'project',
      reason: 'Dự án DA-01 ở giai đoạn "Đang thực hiện"; giải ngân năm 2026 đạt 32,9% / tiến độ 33,3%: đúng tiến độ',
    });
    expect(byProject(milestone(2028), project({ stageCode: 'PROPOSED', stageNameVi: 'Đề xuất' }))).toEqual({
      status: 'on_track',
      source: 'project',
      reason: 'Dự án DA-01 ở giai đoạn "Đề xuất": đúng tiến độ',
    });
  });

  it('expects nothing in January (no whole month over yet)', () => {
    expect(byProject(milestone(2026), project({ allocatedDong: 1_200 * M, disbursedDong: 0 }), '2026-01-31').status).toBe('on_track');
  });
});

describe('status set by hand', () => {
  const none = { kind: 'none' } as const;
  it('uses the planner’s status and note; "planned" is no judgement yet', () => {
    expect(deriveStatus({ milestone: milestone(2026, { handStatus: 'at_risk', handNote: ' Chờ ý kiến Sở Tài chính ' }), link: none, asOf: AS_OF })).toEqual({
      status: 'at_risk',
      source: 'manual',
      reason: 'Đặt tay: có nguy cơ chậm — Chờ ý kiến Sở Tài chính',
    });
    expect(deriveStatus({ milestone: milestone(2029, { handStatus: 'planned' }), link: none, asOf: AS_OF })).toEqual({
      status: null,
      source: 'manual',
      reason: 'Đặt tay: đã lên kế hoạch',
    });
  });

  it('has no status when nobody set one', () => {
    expect(deriveStatus({ milestone: milestone(2027), link: none, asOf: AS_OF })).toEqual({ status: null, source: 'none', reason: 'Chưa có trạng thái' });
  });
});
