import { describe, expect, it } from 'vitest';
import type { GroupRules } from '../../db/queries/projects-group';
import { investmentLaws, projectGroupThresholds } from '../../db/reference/catalogue';
import { amountText, deriveGroup } from '../../electron/services/projects/group';

// The derivation rule on the shipped threshold data: the law by date, the band by total, the reason in words.

const rules: GroupRules = {
  laws: investmentLaws.map((law) => ({ ...law })),
  thresholds: projectGroupThresholds.map((t) => ({ ...t })),
};
const B = 1_000_000_000;

describe('deriveGroup', () => {
  it('chooses the law in force on the approval date, to the day', () => {
    const total = 60 * B;
    // 60 tỷ is B under the 2019 law (≥ 45) and C under the 2024 law (< 90).
    expect(deriveGroup(rules, { totalDong: total, basisDate: '2024-12-31', basisStage: 'POLICY_APPROVED' }, '2026-01-01')).toMatchObject({ groupCode: 'B', lawCode: 'LDTC_2019' });
    expect(deriveGroup(rules, { totalDong: total, basisDate: '2025-01-01', basisStage: 'POLICY_APPROVED' }, '2026-01-01')).toMatchObject({ groupCode: 'C', lawCode: 'LDTC_2024' });
  });

  it('explains the band with its bounds and the date it was judged by', () => {
    const group = deriveGroup(rules, { totalDong: 120 * B, basisDate: '2025-03-04', basisStage: 'INVESTMENT_DECISION' }, '2026-01-01');
    expect(group.reason).toBe('Nhóm B theo Luật Đầu tư công 2024: 120 tỷ đồng ≥ 90 tỷ đồng và < 1.600 tỷ đồng (ngày quyết định đầu tư 04/03/2025)');
    expect(deriveGroup(rules, { totalDong: 1600 * B, basisDate: '2025-03-04' }, '2026-01-01').reason).toContain('1.600 tỷ đồng ≥ 1.600 tỷ đồng');
  });

  it('judges a project not yet approved by the law in force today, and says so', () => {
    const group = deriveGroup(rules, { totalDong: 10 * B, basisDate: null }, '2026-05-20');
    expect(group).toMatchObject({ groupCode: 'C', lawCode: 'LDTC_2024', basisDate: null });
    expect(group.reason).toContain('chưa phê duyệt, áp dụng luật có hiệu lực ngày 20/05/2026');
  });

  it('marks bands the data holds as unconfirmed', () => {
    expect(deriveGroup(rules, { totalDong: 10 * B, basisDate: '2022-01-01' }, '2026-01-01')).toMatchObject({ unconfirmed: true });
    expect(deriveGroup(rules, { totalDong: 10 * B, basisDate: '2025-06-01' }, '2026-01-01')).toMatchObject({ unconfirmed: false });
  });
});

describe('amountText', () => {
  it('prints whole triệu in tỷ and anything finer in đồng, so a value just below a threshold never reads as it', () => {
    expect(amountText(90 * B)).toBe('90 tỷ đồng');
    expect(amountText(1_234_000_000)).toBe('1,234 tỷ đồng');
    expect(amountText(1_234_500_000)).toBe('1.234.500.000 đồng');
    expect(amountText(90 * B - 1)).toBe('89.999.999.999 đồng');
  });
});
