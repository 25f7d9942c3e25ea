import { join } from 'node:path';
import { sampleProvince } from '../../electron/services/sample/sample-province';
import type { InProcessHost } from '../support/test-host';

// A small province built only through the contract (the same calls the pages make), with figures chosen so the
// funding gap, disbursement pace and priority order can be worked out by hand. Amounts in triệu đồng (M).
//
//   code     stage                years      total investment           annual allocations (allocated)
//   DA-HT    COMPLETED            2023–2025  NSĐP 9.000                 NSĐP 2023 3.000 · 2024 3.000 · 2025 2.500
//                                                                      (2025 planned 4.000, adjusted to 2.500)
//   DA-CT    IMPLEMENTING         2025–2028  NSTW 8.000, NSĐP 4.000     NSTW 2025 1.000 · 2026 2.000 · 2027 2.000
//                                                                      NSĐP 1.000 in each of 2025–2028
//   DA-KCM   INVESTMENT_DECISION  2026–2027  NSĐP 2.000                 NSĐP 2026 1.000 · 2027 1.000
//   DA-ODA   IMPLEMENTING         2024–2027  ODA 8.000, NSĐP 2.000      ODA 2.000 in each of 2024–2027
//                                                                      NSĐP 2024 500 · 2025 500 · 2026 500
//   DA-HUY   CANCELLED            2024–2025  NSĐP 1.000                 none
//   DA-DX    PROPOSED             2027–2028  NSĐP 3.000                 none
//
// 2026 disbursements: DA-CT NSTW 500 (15/04/2026) and NSĐP 600 (20/05/2026); DA-KCM NSĐP 700 (30/06/2026);
// DA-ODA ODA 900 and NSĐP 100 (10/06/2026).

export const M = 1_000_000;
export const FIXTURE_FILE = 'tinh-von-kiem-thu.sqlite';

export interface CapitalFixture {
  ids: Record<'HT' | 'CT' | 'KCM' | 'ODA' | 'HUY' | 'DX', number>;
  sourceIds: Record<string, number>;
  row: (project: keyof CapitalFixture['ids'], source: string) => number;
}

const projects = [
  { key: 'HT', code: 'DA-HT', name: 'Số hóa hồ sơ người học (hoàn thành)', start: 2023, end: 2025, funding: { NSDP: 9_000 }, stages: [['POLICY_APPROVED', '2022-07-15'], ['INVESTMENT_DECISION', '2022-11-20'], ['IMPLEMENTING', '2023-03-01'], ['COMPLETED', '2025-12-20']] },
  { key: 'CT', code: 'DA-CT', name: 'Nền tảng quản trị số GDNN (chuyển tiếp)', start: 2025, end: 2028, funding: { NSTW: 8_000, NSDP: 4_000 }, stages: [['POLICY_APPROVED', '2024-07-10'], ['INVESTMENT_DECISION', '2024-11-05'], ['IMPLEMENTING', '2025-03-01']] },
  { key: 'KCM', code: 'DA-KCM', name: 'Phòng học thông minh (khởi công mới)', start: 2026, end: 2027, funding: { NSDP: 2_000 }, stages: [['POLICY_APPROVED', '2025-07-01'], ['INVESTMENT_DECISION', '2025-11-12']] },
  { key: 'ODA', code: 'DA-ODA', name: 'Đào tạo nghề chất lượng cao (vốn ODA)', start: 2024, end: 2027, funding: { ODA: 8_000, NSDP: 2_000 }, stages: [['POLICY_APPROVED', '2023-06-01'], ['INVESTMENT_DECISION', '2023-10-01'], ['IMPLEMENTING', '2024-02-01']] },
  { key: 'HUY', code: 'DA-HUY', name: 'Máy chủ riêng từng trung tâm (đã hủy)', start: 2024, end: 2025, funding: { NSDP: 1_000 }, stages: [['POLICY_APPROVED', '2023-07-01'], ['CANCELLED', '2023-10-09']] },
  { key: 'DX', code: 'DA-DX', name: 'Trung tâm học liệu số (đề xuất)', start: 2027, end: 2028, funding: { NSDP: 3_000 }, stages: [['PROPOSED', '2026-03-01']] },
] as const;

/** [project, source, year, planned, adjusted or null, disbursed, disbursed on] in triệu đồng. */
const allocations: [keyof CapitalFixture['ids'], string, number, number, number | null, number, string | null][] = [
  ['HT', 'NSDP', 2023, 3_000, null, 3_000, '2023-12-28'],
  ['HT', 'NSDP', 2024, 3_000, null, 3_000, '2024-12-27'],
  ['HT', 'NSDP', 2025, 4_000, 2_500, 2_500, '2026-01-20'],
  ['CT', 'NSTW', 2025, 1_000, null, 1_000, '2025-12-30'],
  ['CT', 'NSTW', 2026, 2_000, null, 500, '2026-04-15'],
  ['CT', 'NSTW', 2027, 2_000, null, 0, null],
  ['CT', 'NSDP', 2025, 1_000, null, 1_000, '2025-12-30'],
  ['CT', 'NSDP', 2026, 1_000, null, 600, '2026-05-20'],
  ['CT', 'NSDP', 2027, 1_000, null, 0, null],
  ['CT', 'NSDP', 2028, 1_000, null, 0, null],
  ['KCM', 'NSDP', 2026, 1_000, null, 700, '2026-06-30'],
  ['KCM', 'NSDP', 2027, 1_000, null, 0, null],
  ['ODA', 'ODA', 2024, 2_000, null, 2_000, '2024-12-20'],
  ['ODA', 'ODA', 2025, 2_000, null, 2_000, '2025-12-20'],
  ['ODA', 'ODA', 2026, 2_000, null, 900, '2026-06-10'],
  ['ODA', 'ODA', 2027, 2_000, null, 0, null],
  ['ODA', 'NSDP', 2024, 500, null, 500, '2024-12-20'],
  ['ODA', 'NSDP', 2025, 500, null, 500, '2025-12-20'],
  ['ODA', 'NSDP', 2026, 500, null, 100, '2026-06-10'],
];

export async function createCapitalFixture(host: InProcessHost): Promise<CapitalFixture> {
  host.platform.saveAnswers.push(join(host.dir, FIXTURE_FILE));
  await host.call('file.createProvince', { profile: { ...sampleProvince.profile, name: 'Tỉnh Kiểm Thử Vốn' }, predecessors: [] });
  const reference = await host.call('reference.get', {});
  const sourceIds = Object.fromEntries(reference.capitalSources.map((s) => [s.code, s.id]));

  const created = await host.call('projects.applyEdits', {
    edits: [],
    newRows: projects.map((p) => ({
      code: p.code,
      name: p.name,
      investor: 'Sở Giáo dục và Đào tạo',
      taskGroupCode: 'II.3',
      startYear: p.start,
      endYear: p.end,
      ...Object.fromEntries(Object.entries(p.funding).map(([source, amount]) => [`funding_${source}`, amount * M])),
    })),
  });
  if (created.rejected.length) throw new Error(`fixture projects refused: ${JSON.stringify(created.rejected)}`);
  const ids = Object.fromEntries(projects.map((p, i) => [p.key, created.insertedIds[i]!])) as CapitalFixture['ids'];

  for (const p of projects) {
    for (const [stageCode, date] of p.stages) {
      await host.call('projects.recordStage', {
        projectId: ids[p.key],
        stageCode,
        decisionNumber: `${stageCode.length}/QĐ-UBND`,
        decisionDate: date,
        issuingBody: 'UBND tỉnh',
        makeCurrent: true,
      });
    }
  }

  const row = (project: keyof CapitalFixture['ids'], source: string) => ids[project] * 1000 + sourceIds[source]!;
  type Allocation = (typeof allocations)[number];
  const cells = (pick: (a: Allocation) => number | string | null) =>
    allocations.filter((a) => pick(a) !== null).map((a) => ({ id: row(a[0], a[1]), field: `y${a[2]}`, value: pick(a) }));
  const measures: ['planned' | 'adjusted' | 'disbursed' | 'disbursedOn', (a: Allocation) => number | string | null][] = [
    ['planned', (a) => a[3] * M],
    ['adjusted', (a) => (a[4] === null ? null : a[4] * M)],
    ['disbursed', (a) => (a[5] === 0 ? null : a[5] * M)],
    ['disbursedOn', (a) => a[6]],
  ];
  for (const [measure, pick] of measures) {
    const result = await host.call('capital.applyMatrixEdits', { measure, edits: cells(pick), newRows: [] });
    if (result.rejected.length) throw new Error(`fixture ${measure} refused: ${JSON.stringify(result.rejected)}`);
  }
  return { ids, sourceIds, row };
}
