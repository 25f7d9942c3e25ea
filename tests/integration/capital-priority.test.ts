import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { type CapitalFixture, createCapitalFixture, M } from './capital-fixture';

// The legal priority order (checks/priority.ts) on the fixture. Classes for 2026:
//   DA-HT  completed                       → 1 · NSĐP gap due by 2026: 500 (its 2025 share)
//   DA-ODA ODA in its total investment      → 2 · NSĐP gap only in 2027: nothing due by 2026
//   DA-CT  started 2025, ends 2028 (> 2026) → 4 (ongoing)
//   DA-KCM starts 2026                      → 6 (new start)
// Only NSTW and NSĐP compete. In 2026 DA-ODA (2), DA-CT (4) and DA-KCM (6) all receive NSĐP while DA-HT (1) is
// still 500 short of NSĐP: all three break the order. DA-CT's NSTW breaks nothing (no higher class is short of NSTW).

const priorityOf = async (host: InProcessHost, year: number) =>
  (await host.call('capital.checks', { year, asOf: `${year}-07-10` })).issues
    .filter((i) => i.kind === 'priority')
    .map((i) => ({ project: i.projectCode, source: i.sourceCode, related: i.related, amount: i.amountDong, short: i.referenceDong }));

describe('the legal priority order of allocation', () => {
  let host: InProcessHost;
  let fx: CapitalFixture;
  beforeEach(async () => {
    host = createInProcessHost();
    fx = await createCapitalFixture(host);
  });
  afterEach(() => host.cleanup());

  it('flags projects that receive a source while a higher class is still short of it', async () => {
    expect(await priorityOf(host, 2026)).toEqual([
      { project: 'DA-CT', source: 'NSDP', related: ['DA-HT'], amount: 1_000 * M, short: 500 * M },
      { project: 'DA-KCM', source: 'NSDP', related: ['DA-HT'], amount: 1_000 * M, short: 500 * M },
      { project: 'DA-ODA', source: 'NSDP', related: ['DA-HT'], amount: 500 * M, short: 500 * M },
    ]);
  });

  it('clears the flags once the completed project gets its capital first', async () => {
    // 500 NSĐP for DA-HT in 2026 closes its gap (T = 9.000 = need); nobody of a higher class is short by 2026.
    await host.call('capital.applyMatrixEdits', { measure: 'planned', edits: [{ id: fx.row('HT', 'NSDP'), field: 'y2026', value: 500 * M }], newRows: [] });
    expect(await priorityOf(host, 2026)).toEqual([]);
  });

  it('judges a later year with the gaps due by then', async () => {
    // 2027: DA-HT (1) still short 500; DA-ODA (2) now short its 2027 NSĐP share, 500. DA-CT is class 4 (ends 2028),
    // DA-KCM class 5 (ends 2027). DA-CT receives NSĐP 1.000 → blocked by DA-HT and DA-ODA (1.000 short);
    // DA-KCM receives NSĐP 1.000 → the same two. DA-CT's NSTW in 2027 blocks nobody: no higher class lacks NSTW.
    expect(await priorityOf(host, 2027)).toEqual([
      { project: 'DA-CT', source: 'NSDP', related: ['DA-HT', 'DA-ODA'], amount: 1_000 * M, short: 1_000 * M },
      { project: 'DA-KCM', source: 'NSDP', related: ['DA-HT', 'DA-ODA'], amount: 1_000 * M, short: 1_000 * M },
    ]);
  });
});
