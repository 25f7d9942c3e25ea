import type { Sqlite } from '../../../db/client';
import type { TypeCode } from './codes';
import { type AssessmentState, indicatorWriter } from './indicator-writer';
import { institutionProfile, learnersIn } from './institution-sizes';
import { figuresFor } from './indicator-figures';
import type { Random } from './random';
import { idsByCode } from './reference-ids';
import { type InstitutionSpec, sampleInstitutions } from './sample-institution-list';
import { dayBefore, MERGED_ON, predecessors, TRANSFERRED_TO_EDUCATION_ON, vetDepartmentAt } from './sample-places';

/** Years institutions have reported; 2026 is the year in progress. */
export const SAMPLE_YEARS = [2022, 2023, 2024, 2025, 2026] as const;
export const CURRENT_YEAR = 2026;

const codePrefix: Record<TypeCode, string> = { CD: 'CD', TC: 'TC', THN: 'THN', TTGDNN: 'TT', TTGDNN_GDTX: 'GDTX', KHAC: 'K' };

const streets = ['Lê Lợi', 'Trần Phú', 'Nguyễn Du', 'Quang Trung', 'Hùng Vương', 'Phan Đình Phùng', 'Lý Thường Kiệt', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Ngô Quyền'];
const hamlets = ['Trung Thượng', 'Đông Xuân', 'Tây Sơn', 'Nam Phong', 'Bắc Hà', 'Tân Lập', 'Phú Xuân', 'Yên Thịnh'];

interface Period {
  body: string;
  from: string;
  to: string | null;
}

function governancePeriods(spec: InstitutionSpec): Period[] {
  const start = `${spec.founded}-01-01`;
  const g = spec.governance;
  const before = predecessors[spec.origin].replace('Tỉnh', 'tỉnh');
  let periods: Period[];
  switch (g.kind) {
    case 'none':
      return [];
    case 'fixed':
      periods = g.periods.map((p) => ({ body: p.body, from: p.from, to: p.to ?? null }));
      break;
    case 'province':
      periods = [
        { body: `UBND ${before}`, from: start, to: dayBefore(MERGED_ON) },
        { body: 'UBND tỉnh Sông Lam', from: MERGED_ON, to: null },
      ];
      break;
    case 'vet-department':
      periods = [
        { body: vetDepartmentAt(start, spec.origin).name, from: start, to: dayBefore(TRANSFERRED_TO_EDUCATION_ON) },
        { body: vetDepartmentAt(TRANSFERRED_TO_EDUCATION_ON, spec.origin).name, from: TRANSFERRED_TO_EDUCATION_ON, to: dayBefore(MERGED_ON) },
        { body: vetDepartmentAt(MERGED_ON, spec.origin).name, from: MERGED_ON, to: null },
      ];
      break;
    case 'district':
      // The district level was abolished on 01/07/2025; its centres passed to the provincial education department.
      periods = [
        { body: `UBND ${g.district}, ${before}`, from: start, to: dayBefore(MERGED_ON) },
        { body: vetDepartmentAt(MERGED_ON, spec.origin).name, from: MERGED_ON, to: null },
      ];
      break;
  }
  if (!spec.ended) return periods;
  const end = spec.ended.on;
  const kept = periods.filter((p) => p.from < end);
  const last = kept.at(-1);
  if (last && (last.to === null || last.to >= end)) last.to = dayBefore(end);
  return kept;
}

/** Years an institution reported: from its founding, up to the year it closed; a late one has no 2026 return yet. */
function reportingYears(spec: InstitutionSpec): number[] {
  const endYear = spec.ended ? Number(spec.ended.on.slice(0, 4)) : Infinity;
  return SAMPLE_YEARS.filter((y) => y >= spec.founded && y < endYear && !(y === CURRENT_YEAR && spec.late2026));
}

function addressOf(spec: InstitutionSpec, random: Random): string {
  if (spec.commune.startsWith('Xã')) return `Thôn ${random.pick(hamlets)}, ${spec.commune}`;
  return `Số ${random.int(2, 280)} đường ${random.pick(streets)}, ${spec.commune}`;
}

export interface InsertedInstitutions {
  ids: Map<string, number>;
  count: number;
  values: number;
  assessments: number;
}

export function insertSampleInstitutions(sqlite: Sqlite, random: Random): InsertedInstitutions {
  const typeId = idsByCode(sqlite, 'institution_types');
  const ownershipId = idsByCode(sqlite, 'ownership_kinds');
  const insert = sqlite.prepare(
    `INSERT INTO institutions (code, name, type_id, ownership_id, commune, address, status, status_changed_on, founded_year,
       teachers, managers, learners, contact, notes, origin_province)
     VALUES (@code, @name, @typeId, @ownershipId, @commune, @address, @status, @statusChangedOn, @founded, @teachers, @managers,
       @learners, @contact, @notes, @origin)`,
  );
  const setSuccessor = sqlite.prepare('UPDATE institutions SET successor_id = ? WHERE id = ?');
  const insertGovernance = sqlite.prepare('INSERT INTO institution_governance (institution_id, governing_body, valid_from, valid_to) VALUES (?, ?, ?, ?)');
  const writer = indicatorWriter(sqlite);
  const ids = new Map<string, number>();
  const numbering = new Map<TypeCode, number>();

  for (const spec of sampleInstitutions) {
    const profile = institutionProfile(spec.type, random);
    const years = reportingYears(spec);
    // The register shows the latest reported head counts; a closed institution keeps those of its last year.
    const lastYear = years.at(-1) ?? CURRENT_YEAR;
    const latest = figuresFor(profile, lastYear);
    const n = (numbering.get(spec.type) ?? 0) + 1;
    numbering.set(spec.type, n);
    const id = Number(
      insert.run({
        code: `SL-${codePrefix[spec.type]}${String(n).padStart(2, '0')}`,
        name: spec.name,
        typeId: typeId(spec.type),
        ownershipId: ownershipId(spec.ownership),
        commune: spec.commune,
        address: addressOf(spec, random),
        status: spec.ended?.status ?? 'active',
        statusChangedOn: spec.ended?.on ?? null,
        founded: spec.founded,
        teachers: latest.teachers_total,
        managers: latest.managers_total,
        learners: learnersIn(profile, lastYear),
        contact: `0239 ${random.int(3500000, 3899999)}`,
        notes: spec.notes ?? null,
        origin: predecessors[spec.origin],
      }).lastInsertRowid,
    );
    ids.set(spec.key, id);
    for (const p of governancePeriods(spec)) insertGovernance.run(id, p.body, p.from, p.to);
    for (const year of years) {
      const state: AssessmentState = year < CURRENT_YEAR ? 'approved' : random.chance(0.35) ? 'submitted' : 'draft';
      const comments = year === CURRENT_YEAR && state === 'draft' && random.chance(0.3) ? { staff_trained_digital: 'Số liệu tạm tính đến hết quý I/2026.' } : {};
      writer.write(id, profile, year, state, comments);
    }
  }
  for (const spec of sampleInstitutions) {
    const successor = spec.ended?.successor;
    if (!successor) continue;
    const successorId = ids.get(successor);
    if (successorId === undefined) throw new Error(`sample institution ${spec.key} names an unknown successor ${successor}`);
    setSuccessor.run(successorId, ids.get(spec.key));
  }
  insertEndingEvents(sqlite, ids);
  return { ids, count: sampleInstitutions.length, ...writer.counts };
}

/**
 * The merges and the dissolution as recorded events, as the lifecycle actions would have written them, so the sample's
 * closed institutions show their history (and their successor's) in the detail panel like real ones.
 */
function insertEndingEvents(sqlite: Sqlite, ids: ReadonlyMap<string, number>): void {
  const insertEvent = sqlite.prepare('INSERT INTO institution_events (kind, occurred_on, legal_basis, note) VALUES (?, ?, ?, ?)');
  const insertLink = sqlite.prepare('INSERT INTO institution_event_links (event_id, institution_id, role) VALUES (?, ?, ?)');
  for (const spec of sampleInstitutions) {
    if (!spec.ended) continue;
    const kind = spec.ended.status === 'merged' ? 'merge' : 'dissolve';
    const legalBasis = kind === 'merge' ? 'Quyết định sắp xếp của UBND tỉnh (dữ liệu mẫu)' : 'Quyết định giải thể của Sở (dữ liệu mẫu)';
    const eventId = Number(insertEvent.run(kind, spec.ended.on, legalBasis, spec.notes ?? null).lastInsertRowid);
    insertLink.run(eventId, ids.get(spec.key), 'source');
    const successorId = spec.ended.successor ? ids.get(spec.ended.successor) : undefined;
    if (successorId !== undefined) insertLink.run(eventId, successorId, 'result');
  }
}
