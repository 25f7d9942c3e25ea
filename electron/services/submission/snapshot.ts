import type { Sqlite } from '../../../db/client';
import { fundingGaps } from '../../../db/queries/funding-gap';
import { loadGroupRules } from '../../../db/queries/projects-group';
import { documentProfile, predecessorList, sectionsOf, submissionOfYear } from '../../../db/queries/submission';
import {
  snapshotActivities,
  snapshotAllocations,
  snapshotCapitalSources,
  snapshotIndicatorValues,
  snapshotInstitutionTypes,
  snapshotInstitutions,
  snapshotMilestones,
  snapshotProjects,
} from '../../../db/queries/submission-snapshot';
import { listIndicators } from '../../../db/queries/assessment-values';
import { SNAPSHOT_FORMAT_VERSION, type SubmissionSnapshot } from '../../api/schemas/submission-snapshot';
import { formatDate } from '../../api/text/format';
import { deriveGroup } from '../projects/group';
import { defaultRecipients, defaultSubject, recipientsFromText } from './defaults';
import { milestoneStatusesAsOf } from './milestone-status';
import { type NarrativeData, prefillSections } from './narrative';
import { snapshotTargets } from './snapshot-targets';

export interface SnapshotOptions {
  year: number;
  appVersion: string;
  /** ISO timestamp of the moment the snapshot is taken (the host clock). */
  generatedAt: string;
}

/**
 * The date the year's figures are judged at: the end of the year once it is over, else the day of the snapshot
 * (a milestone of a later year is "on track" or "at risk" as seen then, never as seen today).
 */
export function judgedAsOf(year: number, generatedAt: string): string {
  const day = generatedAt.slice(0, 10);
  const yearEnd = `${year}-12-31`;
  return day < yearEnd ? day : yearEnd;
}

type Snapshot = SubmissionSnapshot;

function projectsPart(sqlite: Sqlite, year: number, asOf: string) {
  const rows = snapshotProjects(sqlite, year);
  const rules = loadGroupRules(sqlite);
  const gaps = new Map<number, number>();
  for (const gap of fundingGaps(sqlite)) gaps.set(gap.projectId, (gaps.get(gap.projectId) ?? 0) + gap.gapDong);
  const projects = rows.map((row): Snapshot['projects'][number] => {
    const basisDate = row.policyDate ?? row.investmentDate;
    const group = deriveGroup(
      rules,
      { totalDong: row.totalInvestmentDong, basisDate, basisStage: row.policyDate ? 'POLICY_APPROVED' : row.investmentDate ? 'INVESTMENT_DECISION' : null },
      asOf,
    );
    const decision = row.decisionNumber?.trim()
      ? `${row.decisionNumber.trim()}${row.decisionDate ? ` ngày ${formatDate(row.decisionDate)}` : ''}`
      : null;
    return {
      code: row.code,
      name: row.name,
      investor: row.investor,
      location: row.location,
      groupCode: group.groupCode,
      stageCode: row.stageCode,
      stageName: row.stageName,
      startYear: row.startYear,
      endYear: row.endYear,
      decision,
      totalInvestmentDong: row.totalInvestmentDong,
      fundingBySource: row.fundingJson ? (JSON.parse(row.fundingJson) as Record<string, number>) : {},
      allocatedBeforeYearDong: row.allocatedBeforeYearDong,
      mediumTermDong: row.mediumTermDong,
      plannedThisYearDong: row.plannedThisYearDong,
      disbursedThisYearDong: row.disbursedThisYearDong,
      fundingGapDong: gaps.get(row.id) ?? 0,
      keyTaskStts: row.keyTaskStts ? (JSON.parse(row.keyTaskStts) as (string | number)[]).map(String) : [],
    };
  });
  return { projects, allocations: snapshotAllocations(sqlite, year) };
}

function linkText(row: ReturnType<typeof snapshotMilestones>[number]): string | null {
  if (row.targetCode) return `Chỉ tiêu ${row.targetCode}`;
  if (row.projectCode) return `Dự án ${row.projectCode}`;
  if (row.keyTaskStt) return `Nhiệm vụ ${row.keyTaskStt}`;
  return null;
}

function submissionPart(sqlite: Sqlite, year: number, profile: ReturnType<typeof documentProfile>) {
  const stored = submissionOfYear(sqlite, year);
  if (!stored) {
    return {
      year,
      state: 'draft' as const,
      documentNumber: '',
      documentDate: null,
      subject: defaultSubject(year),
      recipients: defaultRecipients(profile),
      approvedBy: null,
      approvedAt: null,
      sections: null,
    };
  }
  const sections = sectionsOf(sqlite, stored.id);
  return {
    year,
    state: stored.state,
    documentNumber: stored.documentNumber,
    documentDate: stored.documentDate,
    subject: stored.subject,
    recipients: recipientsFromText(stored.recipients),
    approvedBy: stored.approvedBy,
    approvedAt: stored.approvedAt,
    sections: sections.length ? sections.map((s) => ({ key: s.key, title: s.title, body: s.body })) : null,
  };
}

/**
 * Every figure of year `year`'s submission, read from the open file: what the report, the appendix workbook and
 * the data package are made from. Reads only; a year without a submission record yet gets the defaults a new
 * record would start with (subject, recipients, narrative prefilled from the data).
 */
export function buildSubmissionSnapshot(sqlite: Sqlite, options: SnapshotOptions): SubmissionSnapshot {
  const { year } = options;
  const asOf = judgedAsOf(year, options.generatedAt);
  const read = sqlite.transaction(() => {
    const profile = documentProfile(sqlite);
    const institutions = snapshotInstitutions(sqlite, year);
    const milestoneRows = snapshotMilestones(sqlite);
    const statuses = milestoneStatusesAsOf(sqlite, milestoneRows, asOf);
    const { projects, allocations } = projectsPart(sqlite, year, asOf);
    const activities = snapshotActivities(sqlite, year);
    const body: NarrativeData = {
      formatVersion: SNAPSHOT_FORMAT_VERSION,
      year,
      generatedAt: options.generatedAt,
      appVersion: options.appVersion,
      province: { ...profile, predecessors: predecessorList(sqlite) },
      capitalSources: snapshotCapitalSources(sqlite),
      institutionTypes: snapshotInstitutionTypes(sqlite),
      institutions: institutions.map(({ id: _id, ...rest }) => rest),
      indicators: listIndicators(sqlite).map(({ id: _id, ...rest }) => rest),
      indicatorValues: snapshotIndicatorValues(sqlite, year),
      targets: snapshotTargets(sqlite, year, milestoneRows, statuses),
      projects,
      allocations,
      milestones: milestoneRows.map((m) => ({
        title: m.title,
        year: m.year,
        quarter: m.quarter,
        owner: m.owner,
        status: statuses.get(m.id)?.status ?? null,
        statusReason: statuses.get(m.id)?.reason ?? null,
        linkedTo: linkText(m),
        rolledOverFrom: JSON.parse(m.rolloversJson) as { year: number; reason: string }[],
      })),
      awarenessActivities: activities,
      totals: {
        institutionsActive: institutions.length,
        institutionsAssessed: institutions.filter((i) => i.assessmentState !== null).length,
        institutionsApproved: institutions.filter((i) => i.assessmentState === 'approved').length,
        plannedThisYearDong: projects.reduce((n, p) => n + p.plannedThisYearDong, 0),
        disbursedThisYearDong: projects.reduce((n, p) => n + p.disbursedThisYearDong, 0),
        fundingGapDong: projects.reduce((n, p) => n + p.fundingGapDong, 0),
        participants: activities.reduce((n, a) => n + (a.participants ?? 0), 0),
      },
    };
    const { sections, ...submission } = submissionPart(sqlite, year, profile);
    return { ...body, submission: { ...submission, sections: sections ?? prefillSections(body) } };
  });
  // One read transaction: every list sees the same state of the file even if another window writes meanwhile.
  return read.deferred();
}
