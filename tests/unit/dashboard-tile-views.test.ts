import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../electron/api/schemas/dashboard';
import { texts } from '../../renderer/features/overview/texts';
import { tileViews } from '../../renderer/features/overview/tile-views';

// The tiles as the planner reads them, from a summary worked out by hand, with the Vietnamese texts themselves.

const vi = texts.vi as unknown as Record<string, Record<string, string>>;
const t = ((key: string, values: Record<string, unknown> = {}) => {
  const [group, name] = key.split('.') as [string, string];
  const template = name ? vi[group]![name]! : (vi[group] as unknown as string);
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
}) as unknown as TFunction;

const summary: DashboardSummary = {
  provinceName: 'Tỉnh X',
  isSample: false,
  year: 2026,
  years: [2025, 2026],
  latestAssessmentYear: 2026,
  asOf: '2026-11-30',
  attainment: { measured: 6, withTarget: 4, met: 2, with2030: 6, onTrack2030: 5 },
  completeness: { institutions: 37, reported: 34, withGaps: 2, byState: { none: 3, draft: 18, submitted: 16, approved: 0 } },
  capital: { needDong: 335_100e6, coveredDong: 305_798e6, gapDong: 29_302e6, gapYears: [2026, 2027] },
  disbursement: { allocatedDong: 53_145e6, disbursedDong: 17_401e6, percent: 32.74 },
  milestones: { total: 22, atRisk: 5, missed: 0, onTrack: 4, met: 12, unjudged: 1 },
  charts: {
    attainmentByTarget: [],
    readiness: { institutions: 0, components: 0, bands: [] },
    capitalBySourceYear: { years: [], sources: [], cells: [] },
    gapByYear: [],
  },
};

describe('dashboard tiles', () => {
  const tiles = Object.fromEntries(tileViews(summary, t).map((tile) => [tile.key, tile]));

  it('prints each figure the Vietnamese way, with its tone', () => {
    expect(tiles.attainment).toMatchObject({ title: 'Đạt mức chỉ tiêu năm 2026', value: '2/4', tone: 'warn' });
    expect(tiles.outlook).toMatchObject({ value: '5/6', tone: 'warn' });
    expect(tiles.completeness).toMatchObject({ value: '34/37', note: 'cơ sở đã nhập số liệu · 0 đã duyệt, 16 đã gửi, 18 nháp', extra: '2 cơ sở còn bỏ trống chỉ số' });
    // 305.798 / 335.100 = 91,256… %
    expect(tiles.capital).toMatchObject({ value: '91,3%', note: '305.798 / 335.100 triệu đồng nhu cầu của dự án đã quyết định đầu tư', extra: 'còn thiếu 29.302 triệu đồng' });
    expect(tiles.disbursement).toMatchObject({ value: '32,7%', note: '17.401 / 53.145 triệu đồng vốn giao', tone: 'neutral' });
    expect(tiles.milestones).toMatchObject({ value: '5', tone: 'warn', note: 'trên 22 mốc · 0 mốc không đạt' });
  });

  it('opens the page behind each tile, filtered', () => {
    expect(Object.values(tiles).map((tile) => tile.to)).toEqual([
      '/targets?tab=attainment&year=2026',
      '/targets?tab=trajectories',
      '/targets?tab=completeness&year=2026',
      '/capital?tab=annual&measure=allocated&year=2026&gapYear=2026%2C2027',
      '/capital?tab=annual&measure=disbursed&year=2026',
      '/roadmap?status=at_risk',
    ]);
  });

  it('says so when there is nothing to judge', () => {
    const empty = tileViews({ ...summary, attainment: { measured: 0, withTarget: 0, met: 0, with2030: 0, onTrack2030: 0 }, disbursement: { allocatedDong: 0, disbursedDong: 0, percent: null } }, t);
    expect(empty[0]).toMatchObject({ value: '—', tone: 'neutral', note: 'Năm 2026 chưa có chỉ tiêu nào vừa có số liệu vừa có mức phải đạt.' });
    expect(empty[4]).toMatchObject({ value: '—', note: 'Năm 2026 chưa có vốn giao.' });
  });
});
