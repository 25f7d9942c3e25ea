import type { Sqlite } from '../../../db/client';
import { forwardStages, fundedStages, type SourceCode, type StageCode } from './codes';
import { type Random, splitWhole } from './random';
import { idsByCode } from './reference-ids';
import { CURRENT_YEAR } from './sample-institutions';
import { councilAt, financeDepartmentAt, isoDay, peoplesCommitteeAt, vetDepartmentAt } from './sample-places';
import { type ProjectSpec, sampleKeyTasks, sampleProjects } from './sample-project-list';

const MILLION = 1_000_000;
/** "Today" in the sample: spring 2026, the 2025 evaluation just sent, 2026 returns coming in. */
const SAMPLE_TODAY = '2026-05-20';
/** Above this the council (HĐND), not the committee, approves the investment policy. */
const COUNCIL_THRESHOLD_MILLION = 45_000;

interface StageEvent {
  stage: StageCode;
  date: string;
  number: string | null;
  body: string | null;
  note: string;
}

function stagesReached(spec: ProjectSpec): StageCode[] {
  if (spec.stage === 'SUSPENDED') return ['PROPOSED', 'POLICY_APPROVED', 'INVESTMENT_DECISION', 'IMPLEMENTING', 'SUSPENDED'];
  if (spec.stage === 'CANCELLED') return ['PROPOSED', 'POLICY_APPROVED', 'INVESTMENT_DECISION', 'CANCELLED'];
  return forwardStages.slice(0, forwardStages.indexOf(spec.stage) + 1);
}

/** Each step dated in the project's own years, with the decision of the body that could issue it then. */
function stageEvents(spec: ProjectSpec, random: Random): StageEvent[] {
  const day = () => random.int(3, 28);
  const dateOf = (stage: StageCode): string => {
    switch (stage) {
      case 'PROPOSED':
        return isoDay(spec.start - 1, 3, day());
      case 'POLICY_APPROVED':
        return isoDay(spec.start - 1, 7, day());
      case 'INVESTMENT_DECISION':
        return isoDay(spec.start - 1, 11, day());
      case 'IMPLEMENTING':
        return isoDay(spec.start, 3, day());
      case 'COMPLETED':
        return isoDay(spec.end, 12, day());
      case 'SETTLED':
        return isoDay(spec.end + 1, 6, day());
      default:
        return spec.haltedOn ?? isoDay(spec.start, 6, day());
    }
  };
  const no = () => random.int(112, 3480);
  return stagesReached(spec).map((stage): StageEvent => {
    // Steps still ahead of "today" in the sample (a proposal for 2027) are pulled back to it, keeping their order.
    const computed = dateOf(stage);
    const date = computed > SAMPLE_TODAY ? SAMPLE_TODAY : computed;
    const dept = vetDepartmentAt(date, spec.origin);
    const committee = peoplesCommitteeAt(date, spec.origin);
    const event = (number: string, body: string, note: string): StageEvent => ({ stage, date, number, body, note });
    switch (stage) {
      case 'PROPOSED':
        return event(`${no()}/TTr-${dept.code}`, dept.name, 'Tờ trình đề xuất chủ trương đầu tư');
      case 'POLICY_APPROVED':
        return spec.totalMillion >= COUNCIL_THRESHOLD_MILLION
          ? event(`${random.int(12, 180)}/NQ-HĐND`, councilAt(date, spec.origin), 'Nghị quyết quyết định chủ trương đầu tư')
          : event(`${no()}/QĐ-UBND`, committee, 'Quyết định phê duyệt chủ trương đầu tư');
      case 'INVESTMENT_DECISION':
        return event(`${no()}/QĐ-UBND`, committee, 'Quyết định phê duyệt dự án đầu tư');
      case 'IMPLEMENTING':
        return event(`${no()}/QĐ-${dept.code}`, dept.name, 'Phê duyệt kế hoạch lựa chọn nhà thầu; khởi công, triển khai');
      case 'COMPLETED':
        return event(`${random.int(3, 40)}/BB-NTBG`, spec.investor, 'Biên bản nghiệm thu hoàn thành, bàn giao đưa vào sử dụng');
      case 'SETTLED':
        return event(`${no()}/QĐ-STC`, financeDepartmentAt(date, spec.origin), 'Quyết định phê duyệt quyết toán dự án hoàn thành');
      case 'SUSPENDED':
        return event(`${no()}/QĐ-UBND`, committee, spec.haltReason ?? 'Tạm dừng thực hiện dự án');
      case 'CANCELLED':
        return event(`${no()}/UBND-KGVX`, committee, spec.haltReason ?? 'Hủy bỏ dự án');
    }
  });
}

interface AllocationRow {
  year: number;
  source: SourceCode;
  planned: number;
  adjusted: number | null;
  disbursed: number;
  disbursedOn: string | null;
}

/** The last year a project received capital: a suspended one stopped in the year it was halted. */
function lastFundedYear(spec: ProjectSpec): number {
  return spec.stage === 'SUSPENDED' && spec.haltedOn ? Number(spec.haltedOn.slice(0, 4)) : spec.end;
}

function disbursementShare(spec: ProjectSpec, year: number, random: Random): number {
  if (year > CURRENT_YEAR) return 0;
  if (year === CURRENT_YEAR) return random.between(0.2, 0.45);
  if (spec.stage === 'SETTLED') return 1;
  if (spec.stage === 'COMPLETED') return random.between(0.96, 1);
  if (spec.stage === 'SUSPENDED' && year === lastFundedYear(spec)) return random.between(0.3, 0.6);
  return random.between(0.8, 1);
}

function disbursedOn(year: number, random: Random): string {
  // The deadline for a year's capital runs to 31 January of the next year; much of it is paid out in that month.
  if (year === CURRENT_YEAR) return isoDay(year, random.int(3, 5), random.int(1, 28));
  return random.chance(0.5) ? isoDay(year, 12, random.int(20, 31)) : isoDay(year + 1, 1, random.int(10, 31));
}

function allocationsOf(spec: ProjectSpec, funding: Map<SourceCode, number>, random: Random): AllocationRow[] {
  if (spec.stage === 'CANCELLED') {
    // Its first year's capital was allocated and then adjusted away when the project was dropped.
    const [source, amount] = [...funding][0] ?? ['NSDP', 0];
    return [{ year: spec.start, source, planned: Math.round(amount / 3 / MILLION) * MILLION, adjusted: 0, disbursed: 0, disbursedOn: null }];
  }
  if (!fundedStages.has(spec.stage)) return [];
  const years: number[] = [];
  for (let y = spec.start; y <= lastFundedYear(spec); y++) years.push(y);
  // First years get less: design and tendering come before most of the spending.
  const weights = years.map((_, i) => (i === 0 && years.length > 1 ? random.between(0.4, 0.7) : random.between(0.8, 1.3)));
  const rows: AllocationRow[] = [];
  const coverage = spec.stage === 'SUSPENDED' ? years.length / (spec.end - spec.start + 1) : (spec.coverage ?? 1);
  for (const [source, amount] of funding) {
    const parts = splitWhole(Math.round((amount / MILLION) * coverage), weights);
    years.forEach((year, i) => {
      const planned = (parts[i] ?? 0) * MILLION;
      if (planned === 0) return;
      const adjusted = year <= CURRENT_YEAR && random.chance(0.2) ? Math.round((planned / MILLION) * random.between(0.8, 1.1)) * MILLION : null;
      const payable = Math.min(planned, adjusted ?? planned);
      const disbursed = Math.floor((payable / MILLION) * disbursementShare(spec, year, random)) * MILLION;
      rows.push({ year, source, planned, adjusted, disbursed, disbursedOn: disbursed > 0 ? disbursedOn(year, random) : null });
    });
  }
  return rows;
}

const periodOf = (year: number) => (year <= 2025 ? '2021-2025' : '2026-2030');

export interface InsertedProjects {
  idsByCode: Map<string, number>;
  keyTaskIds: Map<string, number>;
  count: number;
  allocations: number;
}

export function insertSampleProjects(sqlite: Sqlite, random: Random): InsertedProjects {
  const stageId = idsByCode(sqlite, 'lifecycle_stages');
  const sourceId = idsByCode(sqlite, 'capital_sources');
  const groupId = idsByCode(sqlite, 'task_groups');
  const periodId = idsByCode(sqlite, 'plan_periods');
  const insertTask = sqlite.prepare(
    'INSERT INTO key_tasks (stt, name, lead_agency, coordinating_agencies, period, output, task_group_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertProject = sqlite.prepare(
    `INSERT INTO projects (code, name, investor, location, has_construction, task_group_id, stage_id, start_year, end_year, outputs, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLink = sqlite.prepare('INSERT INTO project_key_tasks (project_id, key_task_id) VALUES (?, ?)');
  const insertEvent = sqlite.prepare(
    'INSERT INTO project_stage_events (project_id, stage_id, decision_number, decision_date, issuing_body, note) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertFunding = sqlite.prepare('INSERT INTO project_funding (project_id, source_id, amount_dong) VALUES (?, ?, ?)');
  const insertMediumTerm = sqlite.prepare('INSERT INTO medium_term_allocations (project_id, period_id, source_id, amount_dong) VALUES (?, ?, ?, ?)');
  const insertAllocation = sqlite.prepare(
    `INSERT INTO allocations (project_id, year, source_id, planned_dong, adjusted_dong, disbursed_dong, disbursed_on)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  const keyTaskIds = new Map<string, number>();
  for (const t of sampleKeyTasks) {
    keyTaskIds.set(t.stt, Number(insertTask.run(t.stt, t.name, t.leadAgency, t.coordinatingAgencies, t.period, t.output, groupId(t.group)).lastInsertRowid));
  }

  const projectIds = new Map<string, number>();
  let allocationCount = 0;
  sampleProjects.forEach((spec, index) => {
    const code = `DA-CDS-${String(index + 1).padStart(2, '0')}`;
    const id = Number(
      insertProject.run(code, spec.name, spec.investor, spec.location, spec.construction ? 1 : 0, groupId(spec.group), stageId(spec.stage), spec.start, spec.end, spec.outputs, spec.notes ?? null)
        .lastInsertRowid,
    );
    projectIds.set(code, id);
    for (const stt of spec.tasks) {
      const taskId = keyTaskIds.get(stt);
      if (taskId === undefined) throw new Error(`sample project ${code} names an unknown key task ${stt}`);
      insertLink.run(id, taskId);
    }
    for (const e of stageEvents(spec, random)) {
      const missing = spec.missingBasis === e.stage;
      insertEvent.run(id, stageId(e.stage), missing ? null : e.number, missing ? null : e.date, missing ? null : e.body, missing ? 'Chưa cập nhật căn cứ pháp lý' : e.note);
    }

    const sources = Object.entries(spec.sources) as [SourceCode, number][];
    const shares = splitWhole(spec.totalMillion, sources.map(([, percent]) => percent));
    const funding = new Map(sources.map(([source], i) => [source, (shares[i] ?? 0) * MILLION]));
    for (const [source, amount] of funding) insertFunding.run(id, sourceId(source), amount);

    const rows = allocationsOf(spec, funding, random);
    for (const r of rows) insertAllocation.run(id, r.year, sourceId(r.source), r.planned, r.adjusted, r.disbursed, r.disbursedOn);
    allocationCount += rows.length;

    // The medium-term plan holds what the annual plans allocate; a policy-approved project is already in the
    // 2026–2030 plan at its full total, waiting for its investment decision before any annual capital.
    const mediumTerm = new Map<string, number>();
    if (spec.stage === 'POLICY_APPROVED') {
      for (const [source, amount] of funding) mediumTerm.set(`${periodOf(spec.start)}|${source}`, amount);
    } else if (spec.stage !== 'CANCELLED') {
      for (const r of rows) {
        const key = `${periodOf(r.year)}|${r.source}`;
        mediumTerm.set(key, (mediumTerm.get(key) ?? 0) + r.planned);
      }
    }
    for (const [key, amount] of mediumTerm) {
      const [period, source] = key.split('|') as [string, SourceCode];
      insertMediumTerm.run(id, periodId(period), sourceId(source), amount);
    }
  });
  return { idsByCode: projectIds, keyTaskIds, count: sampleProjects.length, allocations: allocationCount };
}
