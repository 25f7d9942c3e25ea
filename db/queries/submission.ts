import type { Sqlite } from '../client';

// The submission record of a year, its narrative sections, and the profile fields its document prints.

export interface SubmissionRow {
  id: number;
  year: number;
  state: 'draft' | 'reviewed' | 'approved';
  documentNumber: string;
  documentDate: string | null;
  subject: string;
  recipients: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  reopenReason: string | null;
  reopenedAt: string | null;
}

const SUBMISSION_COLUMNS = `id, year, state, document_number AS documentNumber, document_date AS documentDate, subject, recipients,
  reviewed_by AS reviewedBy, reviewed_at AS reviewedAt, approved_by AS approvedBy, approved_at AS approvedAt,
  reopen_reason AS reopenReason, reopened_at AS reopenedAt`;

export function submissionOfYear(sqlite: Sqlite, year: number): SubmissionRow | undefined {
  return sqlite.prepare(`SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE year = ?`).get(year) as SubmissionRow | undefined;
}

export function submissionById(sqlite: Sqlite, id: number): SubmissionRow | undefined {
  return sqlite.prepare(`SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE id = ?`).get(id) as SubmissionRow | undefined;
}

export function allSubmissions(sqlite: Sqlite): SubmissionRow[] {
  return sqlite.prepare(`SELECT ${SUBMISSION_COLUMNS} FROM submissions ORDER BY year DESC`).all() as SubmissionRow[];
}

/** Years whose submission is approved: their data is locked. */
export function approvedYears(sqlite: Sqlite): { year: number; approvedAt: string | null; approvedBy: string | null }[] {
  return sqlite
    .prepare("SELECT year, approved_at AS approvedAt, approved_by AS approvedBy FROM submissions WHERE state = 'approved' ORDER BY year")
    .all() as { year: number; approvedAt: string | null; approvedBy: string | null }[];
}

export interface SectionRow {
  id: number;
  key: string;
  title: string;
  body: string;
  sortOrder: number;
}

export function sectionsOf(sqlite: Sqlite, submissionId: number): SectionRow[] {
  return sqlite
    .prepare('SELECT id, key, title, body, sort_order AS sortOrder FROM submission_sections WHERE submission_id = ? ORDER BY sort_order, id')
    .all(submissionId) as SectionRow[];
}

export interface DocumentProfile {
  name: string;
  placeName: string;
  superiorBody: string;
  owningDepartment: string;
  owningDepartmentCode: string;
  recipientMinistry: string;
  recipientDepartment: string;
  signerName: string;
  signerTitle: string;
  signingAuthority: string;
  documentCode: string;
}

export function documentProfile(sqlite: Sqlite): DocumentProfile {
  const row = sqlite
    .prepare(
      `SELECT name, place_name AS placeName, superior_body AS superiorBody, owning_department AS owningDepartment,
         owning_department_code AS owningDepartmentCode, recipient_ministry AS recipientMinistry,
         recipient_department AS recipientDepartment, signer_name AS signerName, signer_title AS signerTitle,
         signing_authority AS signingAuthority, document_code AS documentCode
       FROM province_profile WHERE id = 1`,
    )
    .get() as DocumentProfile | undefined;
  return (
    row ?? {
      name: '',
      placeName: '',
      superiorBody: '',
      owningDepartment: '',
      owningDepartmentCode: '',
      recipientMinistry: '',
      recipientDepartment: '',
      signerName: '',
      signerTitle: '',
      signingAuthority: '',
      documentCode: '',
    }
  );
}

export function predecessorList(sqlite: Sqlite): { name: string; mergedOn: string | null }[] {
  return sqlite.prepare('SELECT name, merged_on AS mergedOn FROM predecessor_provinces ORDER BY id').all() as { name: string; mergedOn: string | null }[];
}

/** Every year the file holds something a submission would report, with its submission state and exports. */
export function submissionYearRows(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `WITH years(year) AS (
         SELECT DISTINCT year FROM assessments UNION SELECT DISTINCT year FROM indicator_values
         UNION SELECT DISTINCT year FROM allocations UNION SELECT year FROM submissions)
       SELECT y.year, s.state, s.approved_at AS approvedAt,
         (SELECT count(*) FROM assessments a WHERE a.year = y.year) AS institutionsAssessed,
         (SELECT count(*) FROM submission_exports e WHERE e.year = y.year) AS exports
       FROM years y LEFT JOIN submissions s ON s.year = y.year
       WHERE y.year BETWEEN 2020 AND 2035 ORDER BY y.year DESC`,
    )
    .all() as { year: number; state: 'draft' | 'reviewed' | 'approved' | null; approvedAt: string | null; institutionsAssessed: number; exports: number }[];
}

/** The snapshot bytes frozen by the latest export of a year (approved exports first), if any. */
export function latestFrozenSnapshot(sqlite: Sqlite, year: number): { exportedAt: string; bytes: Buffer } | undefined {
  return sqlite
    .prepare(
      `SELECT e.exported_at AS exportedAt, d.bytes FROM submission_exports e JOIN document_contents d ON d.sha256 = e.snapshot_sha256
       WHERE e.year = ? ORDER BY (e.state = 'approved') DESC, e.id DESC LIMIT 1`,
    )
    .get(year) as { exportedAt: string; bytes: Buffer } | undefined;
}
