import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/client';
import { buildSubmissionSnapshot } from '../../electron/services/submission/snapshot';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// This year's figures beside last year's: last year as the file holds it now, until an export froze it; then as
// frozen, whatever changed in the file since.

describe('comparison with last year', () => {
  let host: InProcessHost;
  let sqlite: Sqlite;
  beforeAll(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
    sqlite = host.ctx.workspace.require().sqlite;
  });
  afterAll(() => host.cleanup());

  it('compares with the live figures of last year when it was never exported', async () => {
    const comparison = await host.call('submission.compare', { year: 2025 });
    expect(comparison).toMatchObject({ year: 2025, previousYear: 2024, previousSource: 'live', previousExportedAt: null });
    const now = buildSubmissionSnapshot(sqlite, { year: 2025, appVersion: 'x', generatedAt: '2026-11-30T09:00:00+07:00' });
    const before = buildSubmissionSnapshot(sqlite, { year: 2024, appVersion: 'x', generatedAt: '2026-11-30T09:00:00+07:00' });
    const row = (key: string) => comparison.rows.find((r) => r.key === key)!;
    const a1 = (s: typeof now) => s.targets.find((t) => t.code === 'a1')!.attainment;
    expect(row('target:a1')).toMatchObject({ current: a1(now), previous: a1(before) });
    expect(row('target:a1').change).toBeCloseTo(a1(now)! - a1(before)!, 2);
    expect(row('capital:planned')).toMatchObject({ current: now.totals.plannedThisYearDong, previous: before.totals.plannedThisYearDong });
    expect(row('institutions:assessed')).toMatchObject({ current: 37, previous: 38 });
    // Milestone targets have no share to compare.
    expect(comparison.rows.some((r) => r.key === 'target:c1')).toBe(false);
  });

  it('compares with the snapshot frozen by last year’s export once there is one', async () => {
    const opened = await host.call('submission.open', { year: 2024 });
    const frozen = buildSubmissionSnapshot(sqlite, { year: 2024, appVersion: 'x', generatedAt: '2025-01-20T09:00:00+07:00' });
    frozen.targets.find((t) => t.code === 'a1')!.attainment = 11.11;
    frozen.totals.plannedThisYearDong = 7_000_000_000;
    const bytes = Buffer.from(JSON.stringify(frozen), 'utf8');
    const sha = createHash('sha256').update(bytes).digest('hex');
    // What an export leaves behind (written here by hand: the export job is tested on its own).
    sqlite.prepare('INSERT INTO document_contents (sha256, size_bytes, bytes) VALUES (?, ?, ?)').run(sha, bytes.length, bytes);
    sqlite
      .prepare("INSERT INTO submission_exports (submission_id, year, exported_at, exported_by, state, snapshot_sha256, package_format_version) VALUES (?, 2024, '2025-01-20T09:00:00+07:00', 'kiem-thu', 'approved', ?, 1)")
      .run(opened.id, sha);
    const comparison = await host.call('submission.compare', { year: 2025 });
    expect(comparison).toMatchObject({ previousSource: 'frozen', previousExportedAt: '2025-01-20T09:00:00+07:00' });
    expect(comparison.rows.find((r) => r.key === 'target:a1')!.previous).toBe(11.11);
    expect(comparison.rows.find((r) => r.key === 'capital:planned')!.previous).toBe(7_000_000_000);
    expect((await host.call('submission.years', {})).years.find((y) => y.year === 2024)).toMatchObject({ state: 'draft', exports: 1 });
  });
});
