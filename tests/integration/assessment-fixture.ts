import { join } from 'node:path';
import type { ValueEdit } from '../../electron/api/schemas/assessment';
import { applyChanges } from '../../electron/services/history/mutation-path';
import { sampleProvince } from '../../electron/services/sample/sample-province';
import type { InProcessHost } from '../support/test-host';

// A small province whose figures are worked out by hand in the tests. Built the way a user would: a new province
// file, institutions through the mutation path, figures through assessment.applyEdits.
//
// 2026 (the year under test):
//   inst  type     teachers managers trained materials progs progs_digital it_total it_updated connected digitised
//   CD1   CD          200      30      115      80       40        30          5         4          1        1
//   TC1   TC           60      15       30      30       12         6          2         0          0        1
//   TT1   TTGDNN       12       3       15       2        6         6          –         –          1        0
//   TT2   TTGDNN    (nothing reported)
//   TC2   TC       merged into CD1 on 01/07/2025: not part of 2026
// 2025: CD1 teachers 50 (so 200 in 2026 is four times last year: a warning).
// 2024: CD1 trained 50 of 180 + 30; TC2 trained 20 of 40 + 10.

export const FIXTURE_PROVINCE = 'Tỉnh Kiểm Thử';

export interface Fixture {
  file: string;
  ids: Record<'CD1' | 'TC1' | 'TT1' | 'TT2' | 'TC2', number>;
}

const figures2026: Record<'CD1' | 'TC1' | 'TT1', Record<string, number>> = {
  CD1: { teachers_total: 200, managers_total: 30, staff_trained_digital: 115, teachers_trained_materials: 80, programmes_total: 40, programmes_digital_outcomes: 30, it_programmes_total: 5, it_programmes_updated: 4, connected_national_platform: 1, learning_records_digitised: 1 },
  TC1: { teachers_total: 60, managers_total: 15, staff_trained_digital: 30, teachers_trained_materials: 30, programmes_total: 12, programmes_digital_outcomes: 6, it_programmes_total: 2, it_programmes_updated: 0, connected_national_platform: 0, learning_records_digitised: 1 },
  TT1: { teachers_total: 12, managers_total: 3, staff_trained_digital: 15, teachers_trained_materials: 2, programmes_total: 6, programmes_digital_outcomes: 6, connected_national_platform: 1, learning_records_digitised: 0 },
};

export const editsOf = (institutionId: number, figures: Record<string, number | string | null>): ValueEdit[] =>
  Object.entries(figures).map(([indicatorCode, value]) => ({ institutionId, indicatorCode, value }));

export async function createFixture(host: InProcessHost): Promise<Fixture> {
  const file = join(host.dir, 'tinh-kiem-thu.sqlite');
  host.platform.saveAnswers.push(file);
  await host.call('file.createProvince', { profile: { ...sampleProvince.profile, name: FIXTURE_PROVINCE }, predecessors: [] });
  const sqlite = host.ctx.workspace.require().sqlite;
  const id = (table: string, code: string) => (sqlite.prepare(`SELECT id FROM ${table} WHERE code = ?`).get(code) as { id: number }).id;
  const publicOwner = id('ownership_kinds', 'CONG_LAP');
  const specs = [
    { code: 'CD1', name: 'Trường Cao đẳng Một', type: 'CD' },
    { code: 'TC1', name: 'Trường Trung cấp Một', type: 'TC' },
    { code: 'TT1', name: 'Trung tâm GDNN Một', type: 'TTGDNN' },
    { code: 'TT2', name: 'Trung tâm GDNN Hai', type: 'TTGDNN' },
    { code: 'TC2', name: 'Trường Trung cấp Hai', type: 'TC' },
  ] as const;
  const author = { actor: 'kiem-thu', at: '2026-11-30T09:00:00.000+07:00' };
  const { insertedIds } = applyChanges(sqlite, author, {
    action: 'test.fixture',
    label: 'Cơ sở kiểm thử',
    changes: specs.map((s) => ({
      op: 'insert' as const,
      table: 'institutions' as const,
      values: { code: s.code, name: s.name, typeId: id('institution_types', s.type), ownershipId: publicOwner, foundedYear: 2000 },
    })),
  });
  const ids = Object.fromEntries(specs.map((s, i) => [s.code, insertedIds[i]!])) as Fixture['ids'];
  applyChanges(sqlite, author, {
    action: 'test.fixture',
    label: 'Sáp nhập TC2 vào CD1',
    changes: [{ op: 'update', table: 'institutions', id: ids.TC2, set: { status: 'merged', statusChangedOn: '2025-07-01', successorId: ids.CD1 } }],
  });
  await host.call('assessment.applyEdits', {
    year: 2024,
    edits: [
      ...editsOf(ids.CD1, { teachers_total: 180, managers_total: 30, staff_trained_digital: 50 }),
      ...editsOf(ids.TC2, { teachers_total: 40, managers_total: 10, staff_trained_digital: 20 }),
    ],
  });
  await host.call('assessment.applyEdits', { year: 2025, edits: editsOf(ids.CD1, { teachers_total: 50 }) });
  await host.call('assessment.applyEdits', {
    year: 2026,
    edits: [...editsOf(ids.CD1, figures2026.CD1), ...editsOf(ids.TC1, figures2026.TC1), ...editsOf(ids.TT1, figures2026.TT1)],
  });
  return { file, ids };
}
