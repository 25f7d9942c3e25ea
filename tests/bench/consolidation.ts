// The ministry's consolidation at national scale: a synthetic 500-institution province's 2025 snapshot, written as 34
// packages (one per provincial unit of Resolution 202/2025/QH15, names, predecessors and figures varied), then verified
// and imported through the contract into a fresh file, rolled up, and the summary workbook written. Medians over
// repeats, each on a fresh file. Figures for the README, never assertions.
import { randomUUID } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { provinceUnits } from '../../db/reference/provinces';
import type { SubmissionSnapshot } from '../../electron/api/schemas/submission-snapshot';
import { provinceKey } from '../../electron/services/consolidation/provinces';
import { buildDataPackage } from '../../electron/services/data-package';
import { syntheticProvince } from '../../electron/services/sample/synthetic-province';
import { createSyntheticFile } from './synthetic-file';
import { buildSubmissionSnapshot } from '../../electron/services/submission/snapshot';
import { createInProcessHost } from '../support/test-host';
import { ms, summarise, time } from './stats';

interface Options {
  /** A scratch folder of the bench's own. */
  dir: string;
  short: boolean;
  report: (label: string, value: string) => void;
}

const author = () => ({ actor: 'bench', at: new Date().toISOString() });
const scale = (n: number, factor: number) => Math.round(n * factor);

/** The same province under another unit's name, its figures scaled so no two packages are alike. */
function variant(snapshot: SubmissionSnapshot, index: number): SubmissionSnapshot {
  const unit = provinceUnits[index]!;
  const factor = 0.5 + (index % 7) / 6;
  const copy = structuredClone(snapshot);
  copy.province.name = unit.name;
  copy.province.predecessors = unit.predecessors.filter((p) => provinceKey(p) !== provinceKey(unit.name)).map((name) => ({ name, mergedOn: '2025-07-01' }));
  for (const target of copy.targets) {
    if (target.numerator !== null && target.denominator !== null) target.numerator = Math.min(target.denominator, scale(target.numerator, factor));
  }
  for (const allocation of copy.allocations) {
    allocation.plannedDong = scale(allocation.plannedDong, factor);
    allocation.disbursedDong = Math.min(allocation.plannedDong, scale(allocation.disbursedDong, factor));
    if (allocation.adjustedDong !== null) allocation.adjustedDong = scale(allocation.adjustedDong, factor);
  }
  copy.totals.plannedThisYearDong = scale(copy.totals.plannedThisYearDong, factor);
  copy.totals.disbursedThisYearDong = Math.min(copy.totals.plannedThisYearDong, scale(copy.totals.disbursedThisYearDong, factor));
  copy.totals.fundingGapDong = scale(copy.totals.fundingGapDong, factor);
  return copy;
}

export async function benchConsolidation({ dir, short, report }: Options): Promise<void> {
  const size = short ? { institutions: 100, projects: 60, runs: 2, rollups: 5 } : { institutions: 500, projects: 300, runs: 5, rollups: 15 };
  const root = join(dir, 'consolidation');
  mkdirSync(root, { recursive: true });
  const province = createInProcessHost({ dir: join(root, 'province') });
  const ministry = createInProcessHost({ dir: join(root, 'ministry') });
  try {
    createSyntheticFile(province, join(root, 'tinh.sqlite'), { institutions: size.institutions, projects: size.projects });
    const sqlite = province.ctx.workspace.require().sqlite;
    let snapshot!: SubmissionSnapshot;
    const snap = summarise(await time(3, () => (snapshot = buildSubmissionSnapshot(sqlite, { year: 2025, appVersion: 'bench', generatedAt: new Date().toISOString() }))));
    report(`snapshot of a ${size.institutions}-institution province, year 2025 (p50)`, `${ms(snap.p50)} (${snapshot.institutions.length} institutions, ${snapshot.indicatorValues.length} values, ${snapshot.allocations.length} allocations)`);

    const createdAt = '2026-02-05T09:30:00.000+07:00';
    const start = performance.now();
    const paths = provinceUnits.map((unit, i) => {
      const { bytes, fileName } = buildDataPackage({ snapshot: variant(snapshot, i), documents: [], createdAt, appVersion: 'bench' });
      const path = join(root, fileName);
      writeFileSync(path, bytes);
      return path;
    });
    const sizes = paths.map((p) => statSync(p).size);
    report('consolidation: write 34 province packages', `${ms(performance.now() - start)} (${Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024)} KiB each on average)`);

    const verify: number[] = [];
    const apply: number[] = [];
    for (let run = 0; run < size.runs; run += 1) {
      ministry.ctx.workspace.create(join(root, `bo-${run}.sqlite`), syntheticProvince('Tổng hợp của Bộ (thử hiệu năng)'), author());
      ministry.platform.multiOpenAnswers.push(paths);
      let t = performance.now();
      const preview = await ministry.call('consolidation.previewPackages', { jobId: randomUUID() });
      verify.push(performance.now() - t);
      if (preview.files.some((f) => !f.ok)) throw new Error(`a bench package was rejected: ${preview.files.find((f) => !f.ok)?.message}`);
      t = performance.now();
      const imported = await ministry.call('consolidation.importPackages', { token: preview.token! });
      apply.push(performance.now() - t);
      if (imported.imported.length !== 34) throw new Error(`imported ${imported.imported.length} of 34 packages`);
    }
    const v = summarise(verify);
    const a = summarise(apply);
    report(`consolidation: verify 34 packages (open, unzip, hashes, schema; p50 of ${v.runs})`, `${ms(v.p50)} (${ms(v.p50 / 34)} a package)`);
    report(`consolidation: import 34 verified packages as one change, backup first (p50 of ${a.runs})`, ms(a.p50));
    report('consolidation: verify + import 34 packages (p50)', ms(v.p50 + a.p50));
    const rollup = summarise(await time(size.rollups, () => ministry.call('consolidation.rollup', { year: 2025 })));
    report('consolidation: national roll-up of 34 packages, service layer (p50 / p95)', `${ms(rollup.p50)} / ${ms(rollup.p95)}`);
    ministry.platform.saveAnswers.push(join(root, 'tong-hop.xlsx'));
    const t = performance.now();
    await ministry.call('consolidation.exportSummary', { year: 2025 });
    report('consolidation: national summary workbook (.xlsx)', ms(performance.now() - t));
  } finally {
    province.close();
    ministry.close();
  }
}
