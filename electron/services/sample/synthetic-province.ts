import type { Sqlite } from '../../../db/client';
import { DEFAULT_RECIPIENT, institutionTypes, capitalSources as sourceCatalogue } from '../../../db/reference/catalogue';
import type { NewProvinceInput } from '../../api/schemas/profile';
import { forwardStages, fundedStages, type OwnershipCode, type SourceCode, type StageCode, type TypeCode } from './codes';
import { type AssessmentState, indicatorWriter } from './indicator-writer';
import { institutionProfile, learnersIn } from './institution-sizes';
import { createRandom, type Random } from './random';
import { idsByCode } from './reference-ids';

export interface SyntheticSizes {
  institutions: number;
  projects: number;
  /** Years of annual capital, inclusive; default 2021–2030 (both medium-term periods). */
  allocationYears?: [number, number];
  /** Years of indicator values, inclusive; default 2022–2030 (nine years). */
  indicatorYears?: [number, number];
  seed?: number;
}

export function syntheticProvince(name = 'Tỉnh Tổng hợp (dữ liệu thử hiệu năng)'): NewProvinceInput {
  return {
    profile: {
      name,
      placeName: 'Tổng hợp',
      superiorBody: 'UBND TỈNH TỔNG HỢP',
      owningDepartment: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      owningDepartmentCode: 'SGDĐT',
      recipientMinistry: DEFAULT_RECIPIENT.ministry,
      recipientDepartment: DEFAULT_RECIPIENT.department,
      signerName: 'Người ký thử nghiệm',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signingAuthority: 'KT. GIÁM ĐỐC',
      documentCode: 'BC-SGDĐT',
    },
    predecessors: [
      { name: 'Tỉnh Tổng hợp A', mergedOn: '2025-07-01' },
      { name: 'Tỉnh Tổng hợp B', mergedOn: '2025-07-01' },
    ],
  };
}

const CURRENT_YEAR = 2026;
const MILLION = 1_000_000;

// Shares close to the national network (~1,900 institutions): many centres and enterprises, fewer colleges.
const typeWeights: readonly (readonly [TypeCode, number])[] = [
  ['CD', 8], ['TC', 12], ['THN', 3], ['TTGDNN', 25], ['TTGDNN_GDTX', 30], ['KHAC', 22],
];
const ownershipWeights: Record<TypeCode, readonly (readonly [OwnershipCode, number])[]> = {
  CD: [['CONG_LAP', 80], ['TU_THUC', 18], ['FDI', 2]],
  TC: [['CONG_LAP', 60], ['TU_THUC', 35], ['FDI', 5]],
  THN: [['CONG_LAP', 90], ['TU_THUC', 10]],
  TTGDNN: [['CONG_LAP', 40], ['TU_THUC', 55], ['FDI', 5]],
  TTGDNN_GDTX: [['CONG_LAP', 100]],
  KHAC: [['CONG_LAP', 15], ['TU_THUC', 65], ['FDI', 20]],
};
const stageWeights: readonly (readonly [StageCode, number])[] = [
  ['PROPOSED', 4], ['POLICY_APPROVED', 4], ['INVESTMENT_DECISION', 10], ['IMPLEMENTING', 42],
  ['COMPLETED', 18], ['SETTLED', 14], ['SUSPENDED', 6], ['CANCELLED', 2],
];
const taskGroupCodes = ['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6'];
const typeNames = new Map<string, string>(institutionTypes.map((t) => [t.code, t.nameVi]));

/** Validates sizes up front: a bad year range should fail before a file is made, not midway. */
export function checkSyntheticSizes(sizes: SyntheticSizes): Required<SyntheticSizes> {
  const count = (n: number, what: string) => {
    if (!Number.isInteger(n) || n < 0 || n > 1_000_000) {
      throw new RangeError(`${what}: phải là số nguyên từ 0 đến 1.000.000 (must be an integer between 0 and 1,000,000)`);
    }
    return n;
  };
  const years = (range: [number, number], what: string): [number, number] => {
    const [from, to] = range;
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 2015 || to > 2045 || to < from) {
      throw new RangeError(`${what}: năm phải trong khoảng 2015–2045, từ ≤ đến (whole years within 2015–2045, from ≤ to)`);
    }
    return [from, to];
  };
  return {
    institutions: count(sizes.institutions, 'institutions'),
    projects: count(sizes.projects, 'projects'),
    allocationYears: years(sizes.allocationYears ?? [2021, 2030], 'allocationYears'),
    indicatorYears: years(sizes.indicatorYears ?? [2022, 2030], 'indicatorYears'),
    seed: sizes.seed ?? 1,
  };
}

function insertInstitutions(sqlite: Sqlite, random: Random, count: number, [from, to]: [number, number]) {
  const typeId = idsByCode(sqlite, 'institution_types');
  const ownershipId = idsByCode(sqlite, 'ownership_kinds');
  const insert = sqlite.prepare(
    `INSERT INTO institutions (code, name, type_id, ownership_id, commune, status, successor_id, status_changed_on, founded_year,
       teachers, managers, learners, origin_province)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertGovernance = sqlite.prepare('INSERT INTO institution_governance (institution_id, governing_body, valid_from, valid_to) VALUES (?, ?, ?, ?)');
  const writer = indicatorWriter(sqlite);
  const activeIds: number[] = [];
  for (let n = 1; n <= count; n++) {
    const type = random.weighted(typeWeights);
    const ownership = random.weighted(ownershipWeights[type]);
    const profile = institutionProfile(type, random);
    // A few institutions merged into an earlier one or dissolved, so roll-up queries meet real history.
    const roll = random.next();
    const successor = roll < 0.02 && activeIds.length > 0 ? random.pick(activeIds) : null;
    const status = successor !== null ? 'merged' : roll > 0.99 ? 'dissolved' : 'active';
    const closedYear = status === 'active' ? null : random.int(2023, 2025);
    const id = Number(
      insert.run(
        `TH-${String(n).padStart(5, '0')}`,
        `${typeNames.get(type) ?? type} tổng hợp số ${n}`,
        typeId(type),
        ownershipId(ownership),
        `Xã Tổng hợp ${random.int(1, 320)}`,
        status,
        successor,
        closedYear ? `${closedYear}-07-01` : null,
        random.int(1960, 2020),
        profile.teachers,
        profile.managers,
        learnersIn(profile, CURRENT_YEAR),
        random.chance(0.5) ? 'Tỉnh Tổng hợp A' : 'Tỉnh Tổng hợp B',
      ).lastInsertRowid,
    );
    if (status === 'active') activeIds.push(id);
    if (ownership === 'CONG_LAP') {
      if (type === 'TTGDNN_GDTX') {
        insertGovernance.run(id, `UBND huyện Tổng hợp ${random.int(1, 60)}`, '2017-01-01', '2025-06-30');
        insertGovernance.run(id, 'Sở Giáo dục và Đào tạo tỉnh Tổng hợp', '2025-07-01', null);
      } else {
        insertGovernance.run(id, 'UBND tỉnh Tổng hợp', '2010-01-01', null);
      }
    }
    for (let year = from; year <= to; year++) {
      if (closedYear !== null && year >= closedYear) break;
      const state: AssessmentState = year < CURRENT_YEAR ? 'approved' : year === CURRENT_YEAR && random.chance(0.4) ? 'submitted' : 'draft';
      writer.write(id, profile, year, state);
    }
  }
  return writer.counts;
}

function insertProjects(sqlite: Sqlite, random: Random, count: number, [from, to]: [number, number]) {
  const stageId = idsByCode(sqlite, 'lifecycle_stages');
  const sourceId = idsByCode(sqlite, 'capital_sources');
  const groupId = idsByCode(sqlite, 'task_groups');
  const periodId = idsByCode(sqlite, 'plan_periods');
  const periods = (sqlite.prepare('SELECT code, start_year AS startYear, end_year AS endYear FROM plan_periods').all() as {
    code: string;
    startYear: number;
    endYear: number;
  }[]).map((p) => ({ ...p, id: periodId(p.code) }));
  const insertTask = sqlite.prepare('INSERT INTO key_tasks (stt, name, lead_agency, period, task_group_id) VALUES (?, ?, ?, ?, ?)');
  const insertProject = sqlite.prepare(
    `INSERT INTO projects (code, name, investor, location, has_construction, task_group_id, stage_id, start_year, end_year)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLink = sqlite.prepare('INSERT INTO project_key_tasks (project_id, key_task_id) VALUES (?, ?)');
  const insertEvent = sqlite.prepare(
    'INSERT INTO project_stage_events (project_id, stage_id, decision_number, decision_date, issuing_body) VALUES (?, ?, ?, ?, ?)',
  );
  const insertFunding = sqlite.prepare('INSERT INTO project_funding (project_id, source_id, amount_dong) VALUES (?, ?, ?)');
  const insertMediumTerm = sqlite.prepare('INSERT INTO medium_term_allocations (project_id, period_id, source_id, amount_dong) VALUES (?, ?, ?, ?)');
  const insertAllocation = sqlite.prepare(
    'INSERT INTO allocations (project_id, year, source_id, planned_dong, adjusted_dong, disbursed_dong, disbursed_on) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );

  const keyTaskIds: number[] = [];
  for (let k = 1; k <= 12; k++) {
    const group = taskGroupCodes[(k - 1) % taskGroupCodes.length]!;
    keyTaskIds.push(Number(insertTask.run(String(k), `Nhiệm vụ trọng tâm tổng hợp ${k}`, 'Sở Giáo dục và Đào tạo', '2022–2030', groupId(group)).lastInsertRowid));
  }

  const allSources = sourceCatalogue.map((s) => s.code) as SourceCode[];
  let allocations = 0;
  for (let n = 1; n <= count; n++) {
    const stage = random.weighted(stageWeights);
    const group = random.pick(taskGroupCodes);
    // Every project spans the whole allocation range with five or six sources, and nine in ten have annual
    // capital: ~50 rows a project, the volume (5,000 projects → ~250,000 rows) the performance work is sized for.
    const id = Number(
      insertProject.run(`TH-DA-${String(n).padStart(5, '0')}`, `Dự án chuyển đổi số tổng hợp số ${n}`, `Chủ đầu tư tổng hợp ${random.int(1, 400)}`, null, random.chance(0.15) ? 1 : 0, groupId(group), stageId(stage), from, to)
        .lastInsertRowid,
    );
    insertLink.run(id, random.pick(keyTaskIds));
    const reached = stage === 'SUSPENDED' || stage === 'CANCELLED' ? [...forwardStages.slice(0, 3), stage] : forwardStages.slice(0, forwardStages.indexOf(stage) + 1);
    reached.forEach((s, i) => {
      const year = Math.min(CURRENT_YEAR, from - 1 + i);
      insertEvent.run(id, stageId(s), `${random.int(100, 9999)}/QĐ-UBND`, `${year}-${String(random.int(1, 12)).padStart(2, '0')}-15`, 'UBND tỉnh Tổng hợp');
    });

    const sources = random.shuffle(allSources).slice(0, random.int(5, 6));
    const funded = fundedStages.has(stage);
    const medium = new Map<string, number>();
    for (const source of sources) {
      let total = 0;
      for (let year = from; year <= to; year++) {
        const planned = random.int(50, 2_000) * MILLION;
        total += planned;
        const period = periods.find((p) => year >= p.startYear && year <= p.endYear);
        if (period) medium.set(`${period.id}|${source}`, (medium.get(`${period.id}|${source}`) ?? 0) + planned);
        if (!funded) continue;
        const adjusted = year <= CURRENT_YEAR && random.chance(0.15) ? Math.round(planned * random.between(0.8, 1.1) / MILLION) * MILLION : null;
        const share = year < CURRENT_YEAR ? random.between(0.7, 1) : year === CURRENT_YEAR ? random.between(0.1, 0.4) : 0;
        const disbursed = Math.floor((Math.min(planned, adjusted ?? planned) * share) / MILLION) * MILLION;
        insertAllocation.run(id, year, sourceId(source), planned, adjusted, disbursed, disbursed > 0 ? `${year}-12-31` : null);
        allocations++;
      }
      // One in ten funded projects carries a funding gap: its total exceeds what the annual plans allocate.
      insertFunding.run(id, sourceId(source), funded && random.chance(0.1) ? Math.round(total * 1.25) : total);
    }
    if (funded) {
      for (const [key, amount] of medium) {
        const [period, source] = key.split('|') as [string, SourceCode];
        insertMediumTerm.run(id, Number(period), sourceId(source), amount);
      }
    }
  }
  return { allocations };
}

function insertRoadmap(sqlite: Sqlite, random: Random, projects: number) {
  const insertMilestone = sqlite.prepare('INSERT INTO milestones (title, year, quarter, status, project_id) VALUES (?, ?, ?, ?, ?)');
  const statuses = ['planned', 'on_track', 'at_risk', 'met', 'missed', null] as const;
  const count = Math.max(10, Math.ceil(projects / 25));
  // Half the milestones are a project's, so the roadmap timeline's "projects with milestones" view has work to do.
  const projectIds = (sqlite.prepare('SELECT id FROM projects ORDER BY id').all() as { id: number }[]).map((p) => p.id);
  for (let n = 1; n <= count; n++) {
    const projectId = n % 2 === 0 && projectIds.length ? projectIds[(n * 7919) % projectIds.length]! : null;
    insertMilestone.run(`Mốc tổng hợp ${n}`, random.int(2022, 2030), random.chance(0.8) ? random.int(1, 4) : null, random.pick(statuses), projectId);
  }
  const insertActivity = sqlite.prepare('INSERT INTO awareness_activities (held_on, kind, title, participants) VALUES (?, ?, ?, ?)');
  const kinds = ['conference', 'workshop', 'media', 'training'] as const;
  for (let n = 1; n <= 20; n++) insertActivity.run(`${random.int(2022, 2026)}-0${random.int(1, 9)}-1${random.int(0, 9)}`, random.pick(kinds), `Hoạt động tổng hợp ${n}`, random.int(20, 400));
  return count;
}

/**
 * Fills a fresh file with a national-scale synthetic province for performance work, inside the caller's
 * transaction and through prepared statements only. Deterministic for a given seed.
 */
export function populateSyntheticProvince(sqlite: Sqlite, sizes: SyntheticSizes): string {
  const s = checkSyntheticSizes(sizes);
  const random = createRandom(s.seed);

  const figures = insertInstitutions(sqlite, random, s.institutions, s.indicatorYears);
  const { allocations } = insertProjects(sqlite, random, s.projects, s.allocationYears);
  const milestones = insertRoadmap(sqlite, random, s.projects);
  return (
    `Tạo tỉnh tổng hợp: ${s.institutions} cơ sở, ${s.projects} dự án, ${allocations} dòng vốn, ` +
    `${figures.values} giá trị chỉ tiêu, ${milestones} mốc lộ trình (hạt giống ${s.seed})`
  );
}
