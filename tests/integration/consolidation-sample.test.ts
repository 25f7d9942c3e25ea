import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataPackage } from '../../electron/services/data-package';
import { buildSubmissionSnapshot } from '../../electron/services/submission/snapshot';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { sampleProvince } from '../../electron/services/sample/sample-province';
import { fixtureSnapshot } from './data-package-fixture';

// The sample province (fictional, so not one of the 34) exports its 2025 package; a ministry file takes it in, and an
// earlier package of one of the provinces it declares as merged into it rolls up under it.

describe('consolidating the sample province and its declared predecessor', () => {
  let province: InProcessHost;
  let ministry: InProcessHost;

  beforeAll(async () => {
    province = createInProcessHost();
    await province.call('file.openSample', {});
    ministry = createInProcessHost();
    ministry.platform.saveAnswers.push(join(ministry.dir, 'bo.sqlite'));
    await ministry.call('file.createProvince', { profile: { ...sampleProvince.profile, name: 'Tổng hợp của Bộ' }, predecessors: [] });
  });
  afterAll(() => {
    province.cleanup();
    ministry.cleanup();
  });

  it('verifies, imports and rolls up the sample province, and its predecessor under it', async () => {
    const sqlite = province.ctx.workspace.require().sqlite;
    const snapshot = buildSubmissionSnapshot(sqlite, { year: 2025, appVersion: '0.1.0', generatedAt: '2026-02-05T09:00:00.000+07:00' });
    const own = buildDataPackage({ snapshot, documents: [], createdAt: '2026-02-05T09:30:00.000+07:00', appVersion: '0.1.0' });
    const predecessor = buildDataPackage({
      snapshot: fixtureSnapshot({ province: 'Lam Giang', year: 2025, institutions: { TC: 4 }, targets: [{ code: 'a1', numerator: 7, denominator: 10 }] }),
      documents: [],
      createdAt: '2025-02-01T08:00:00.000+07:00',
      appVersion: '0.1.0',
    });
    const paths = [own, predecessor].map((p) => {
      const path = join(ministry.dir, p.fileName);
      writeFileSync(path, p.bytes);
      return path;
    });
    ministry.platform.multiOpenAnswers.push(paths);
    const jobId = randomUUID();
    const checked = await ministry.call('consolidation.previewPackages', { jobId });
    expect(checked.files.map((f) => [f.ok, f.reason, f.rollsUpTo])).toEqual([
      [true, null, snapshot.province.name],
      [true, null, snapshot.province.name],
    ]);
    expect(checked.files[0]!.institutions).toBe(snapshot.institutions.length);
    const progress = ministry.events.filter((e) => e.event === 'job.progressed' && (e.payload as { jobId: string }).jobId === jobId);
    expect(progress.at(-1)!.payload).toMatchObject({ done: 2, total: 2 });

    await ministry.call('consolidation.importPackages', { token: checked.token! });
    const rollup = await ministry.call('consolidation.rollup', { year: 2025 });
    const row = rollup.byProvince.find((r) => r.unit === snapshot.province.name)!;
    expect(row.kind).toBe('unknown');
    expect(row.packages.sort()).toEqual(['Lam Giang', snapshot.province.name].sort());
    expect(row.institutionsActive).toBe(snapshot.totals.institutionsActive + 4);
    expect(row.plannedThisYearDong).toBe(snapshot.totals.plannedThisYearDong);
    // The merged province and a predecessor both sent 2025: said, because it may count twice.
    expect(rollup.warnings).toHaveLength(1);
    const a1 = snapshot.targets.find((t) => t.code === 'a1')!;
    const a1Rollup = rollup.byTarget.find((t) => t.code === 'a1')!;
    expect(a1Rollup.numerator).toBe((a1.numerator ?? 0) + 7);
    expect(a1Rollup.denominator).toBe((a1.denominator ?? 0) + 10);
    expect(rollup.missingUnits).toHaveLength(34);
  });
});
