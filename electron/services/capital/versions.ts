import type { Sqlite } from '../../../db/client';
import { planPeriods } from '../../../db/queries/capital-matrix';
import {
  type CompareMeasure,
  compareCells,
  hashWorkingFigures,
  listVersions,
  projectNames,
  snapshotWithHash,
  writeSnapshot,
} from '../../../db/queries/capital-versions';
import type { CompareResult } from '../../api/schemas/capital';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';

// Named plan versions. Freezing copies every annual and medium-term figure into an immutable snapshot (reused
// when the figures are identical to an earlier one) and records the version's name as ONE audited change: undo
// removes the name, redo brings it back, and the snapshot it points at never changes.

export function freezeVersion(sqlite: Sqlite, author: Author, input: { name: string; note?: string | null | undefined }) {
  const name = input.name.normalize('NFC').trim();
  const taken = sqlite.prepare('SELECT id FROM plan_versions WHERE name = ?').get(name);
  if (taken) throw new ServiceError('INVALID_INPUT', `Đã có phiên bản kế hoạch tên "${name}": hãy đặt tên khác.`, { name });
  return sqlite.transaction(() => {
    const figures = hashWorkingFigures(sqlite);
    const existing = snapshotWithHash(sqlite, figures.sha256);
    const snapshotId = existing ?? writeSnapshot(sqlite, figures, author.at);
    const result = applyChanges(sqlite, author, {
      action: 'capital.freezeVersion',
      label: `Chốt phiên bản kế hoạch "${name}"`,
      changes: [{ op: 'insert', table: 'plan_versions', values: { name, note: input.note?.trim() || null, snapshotId, frozenAt: author.at, frozenBy: author.actor } }],
    });
    const version = listVersions(sqlite).find((v) => v.id === result.insertedIds[0])!;
    return { version, changeSetId: result.changeSetId, reusedSnapshot: existing !== null };
  })();
}

export function deleteVersion(sqlite: Sqlite, author: Author, id: number) {
  const version = sqlite.prepare('SELECT name FROM plan_versions WHERE id = ?').get(id) as { name: string } | undefined;
  if (!version) throw new ServiceError('NOT_FOUND', `Không tìm thấy phiên bản kế hoạch #${id}.`, { id });
  const result = applyChanges(sqlite, author, {
    action: 'capital.deleteVersion',
    label: `Xóa phiên bản kế hoạch "${version.name}"`,
    changes: [{ op: 'delete', table: 'plan_versions', id }],
  });
  return { changeSetId: result.changeSetId };
}

function snapshotOf(sqlite: Sqlite, versionId: number | null): number | null {
  if (versionId === null) return null;
  const row = sqlite.prepare('SELECT snapshot_id AS id FROM plan_versions WHERE id = ?').get(versionId) as { id: number } | undefined;
  if (!row) throw new ServiceError('NOT_FOUND', `Không tìm thấy phiên bản kế hoạch #${versionId}.`, { id: versionId });
  return row.id;
}

export interface CompareRequest {
  a: number | null;
  b: number | null;
  measure: CompareMeasure;
  fromYear?: number | undefined;
  toYear?: number | undefined;
  onlyDifferences: boolean;
}

/** Two versions (or a version and the working figures) project by project and source by source; b − a. */
export function compareVersions(sqlite: Sqlite, request: CompareRequest): CompareResult {
  const snapA = snapshotOf(sqlite, request.a);
  const snapB = snapshotOf(sqlite, request.b);
  const periods = planPeriods(sqlite);
  const fromYear = request.fromYear ?? periods[0]?.startYear ?? 2015;
  const toYear = request.toYear ?? periods.at(-1)?.endYear ?? 2045;
  const cells = compareCells(sqlite, snapA, snapB, request.measure, fromYear, toYear);
  const names = projectNames(sqlite, [snapA, snapB].filter((s): s is number => s !== null));
  const rows = new Map<string, CompareResult['byProject'][number]>();
  const sources = new Map<string, CompareResult['bySource'][number]>();
  const total = { aDong: 0, bDong: 0, diffDong: 0 };
  const columns = new Set<string>();
  for (const cell of cells) {
    columns.add(cell.col);
    const key = `${cell.projectId}|${cell.sourceCode}`;
    const name = names.get(cell.projectId);
    const row = rows.get(key) ?? {
      projectId: cell.projectId,
      projectCode: name?.code ?? `#${cell.projectId}`,
      projectName: name?.name ?? '',
      sourceCode: cell.sourceCode,
      aDong: 0,
      bDong: 0,
      diffDong: 0,
      changed: {},
    };
    rows.set(key, row);
    const source = sources.get(cell.sourceCode) ?? { sourceCode: cell.sourceCode, aDong: 0, bDong: 0, diffDong: 0 };
    sources.set(cell.sourceCode, source);
    for (const target of [row, source, total]) {
      target.aDong += cell.a;
      target.bDong += cell.b;
      target.diffDong += cell.b - cell.a;
    }
    if (cell.a !== cell.b) row.changed[cell.col] = [cell.a, cell.b];
  }
  let byProject = [...rows.values()].sort((x, y) => x.projectCode.localeCompare(y.projectCode) || x.sourceCode.localeCompare(y.sourceCode));
  if (request.onlyDifferences) byProject = byProject.filter((row) => Object.keys(row.changed).length > 0);
  const order = (sqlite.prepare('SELECT code FROM capital_sources ORDER BY sort_order').all() as { code: string }[]).map((s) => s.code);
  const bySource = [...sources.values()].sort((x, y) => order.indexOf(x.sourceCode) - order.indexOf(y.sourceCode));
  return { columns: [...columns].sort(), byProject, bySource, total };
}

export { listVersions };
