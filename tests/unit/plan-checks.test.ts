import { describe, expect, it } from 'vitest';
import { expectedDisbursed, monthsElapsed } from '../../electron/services/capital/checks/pace';
import { priorityClass } from '../../electron/services/capital/checks/priority';
import { readMoney } from '../../electron/services/capital/money';

describe('the expected disbursement pace', () => {
  it('counts whole months of the plan year completed by the date', () => {
    expect(monthsElapsed(2026, '2025-12-31')).toBe(0);
    expect(monthsElapsed(2026, '2026-01-31')).toBe(0);
    expect(monthsElapsed(2026, '2026-02-01')).toBe(1);
    expect(monthsElapsed(2026, '2026-05-20')).toBe(4);
    expect(monthsElapsed(2026, '2026-12-31')).toBe(11);
    expect(monthsElapsed(2026, '2027-01-01')).toBe(12);
  });

  it('expects that share of the allocation, in whole đồng', () => {
    // 4/12 of 1.000.000.001 đồng = 333.333.333,67 → 333.333.334.
    expect(expectedDisbursed(1_000_000_001, 2026, '2026-05-20')).toBe(333_333_334);
    expect(expectedDisbursed(900, 2026, '2027-02-01')).toBe(900);
  });
});

describe('the priority class of a project in a plan year', () => {
  const oda = new Set([7]);
  const project = (stageCode: string, startYear: number, endYear: number, projectId = 1) => ({ projectId, stageCode, startYear, endYear });
  it('follows the legal order', () => {
    expect(priorityClass(project('COMPLETED', 2022, 2024), 2026, oda)).toBe(1);
    expect(priorityClass(project('SETTLED', 2022, 2024), 2026, oda)).toBe(1);
    expect(priorityClass(project('IMPLEMENTING', 2024, 2028, 7), 2026, oda)).toBe(2);
    expect(priorityClass(project('IMPLEMENTING', 2024, 2028), 2026, oda)).toBe(4);
    expect(priorityClass(project('IMPLEMENTING', 2024, 2026), 2026, oda)).toBe(5);
    expect(priorityClass(project('IMPLEMENTING', 2023, 2025), 2026, oda)).toBe(5);
    expect(priorityClass(project('INVESTMENT_DECISION', 2026, 2027), 2026, oda)).toBe(6);
    expect(priorityClass(project('POLICY_APPROVED', 2025, 2027), 2026, oda)).toBe(6);
  });
});

describe('reading amounts', () => {
  it('takes numbers as đồng and text as triệu đồng, refusing what a plan cannot hold', () => {
    expect(readMoney(1_500_000)).toEqual({ ok: true, value: 1_500_000 });
    expect(readMoney('1.234,5')).toEqual({ ok: true, value: 1_234_500_000 });
    expect(readMoney('1,234.5')).toEqual({ ok: true, value: 1_234_500_000 });
    expect(readMoney('')).toEqual({ ok: true, value: null });
    expect(readMoney(null)).toEqual({ ok: true, value: null });
    expect(readMoney('-3')).toMatchObject({ ok: false, reason: 'Số tiền không được âm' });
    expect(readMoney('abc')).toMatchObject({ ok: false });
    expect(readMoney(1.5)).toMatchObject({ ok: false });
    expect(readMoney(true)).toMatchObject({ ok: false });
  });
});
