import type { Sqlite } from '../../../db/client';
import { documentProfile, sectionsOf, submissionOfYear, type SubmissionRow } from '../../../db/queries/submission';
import { nextSubmissionIds, submissionEvents } from '../../../db/queries/submission-events';
import type { SectionKey, SubmissionView } from '../../api/schemas/submission';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';
import { defaultRecipients, defaultSubject, recipientsFromText, recipientsToText, SECTION_KEYS, SECTION_TITLES } from './defaults';
import { prefillSections } from './narrative';
import { buildSubmissionSnapshot } from './snapshot';
import { lockedReasonOf } from './year-lock';

export { lockedReasonOf } from './year-lock';

export function requireSubmission(sqlite: Sqlite, year: number): SubmissionRow {
  const row = submissionOfYear(sqlite, year);
  if (!row) throw new ServiceError('NOT_FOUND', `Chưa lập báo cáo năm ${year}; hãy mở năm đó trên trang Báo cáo gửi Bộ trước.`, { year });
  return row;
}

/** Refuses early, with the reason, any edit of an approved submission (the triggers would refuse it anyway). */
export function requireEditable(row: SubmissionRow): void {
  if (row.state === 'approved') throw new ServiceError('YEAR_LOCKED', lockedReasonOf(row), { year: row.year });
}

export function submissionView(sqlite: Sqlite, row: SubmissionRow): SubmissionView {
  const profile = documentProfile(sqlite);
  const number = row.documentNumber.trim() || '    ';
  return {
    ...row,
    recipients: recipientsFromText(row.recipients),
    documentCode: `${number}/${profile.documentCode}`,
    sections: sectionsOf(sqlite, row.id).map((s) => ({ id: s.id, key: s.key as SectionKey, title: s.title, body: s.body })),
    lockedReason: row.state === 'approved' ? lockedReasonOf(row) : null,
    events: submissionEvents(sqlite, row.id),
  };
}

/**
 * The record of the year, created on first open with the subject, the recipients from the profile and the
 * narrative prefilled from the data. Creating it is recorded in History but is not an edit Undo takes back: the
 * page would only create it again.
 */
export function openSubmission(sqlite: Sqlite, author: Author, year: number, appVersion: string): SubmissionView {
  const existing = submissionOfYear(sqlite, year);
  if (existing) return submissionView(sqlite, existing);
  const create = sqlite.transaction(() => {
    const snapshot = buildSubmissionSnapshot(sqlite, { year, appVersion, generatedAt: author.at });
    const { submission: _s, ...data } = snapshot;
    const ids = nextSubmissionIds(sqlite);
    const changes: Change[] = [
      {
        op: 'insert',
        table: 'submissions',
        values: {
          id: ids.submission,
          year,
          state: 'draft',
          subject: defaultSubject(year),
          recipients: recipientsToText(defaultRecipients(documentProfile(sqlite))),
        },
      },
      ...prefillSections(data).map(
        (s, i): Change => ({
          op: 'insert',
          table: 'submission_sections',
          values: { id: ids.section + i, submissionId: ids.submission, key: s.key, title: s.title, body: s.body, sortOrder: i + 1 },
        }),
      ),
    ];
    applyChanges(sqlite, author, { action: 'submission.create', label: `Lập báo cáo năm ${year} gửi Bộ`, changes, final: true });
  });
  create();
  return submissionView(sqlite, requireSubmission(sqlite, year));
}

/** Editing a reviewed report takes it back to draft in the same change: the review was of the old text. */
function backToDraft(row: SubmissionRow): Change[] {
  return row.state === 'reviewed' ? [{ op: 'update', table: 'submissions', id: row.id, set: { state: 'draft', reviewedBy: null, reviewedAt: null } }] : [];
}

export interface FieldsPatch {
  documentNumber?: string | undefined;
  documentDate?: string | null | undefined;
  subject?: string | undefined;
  recipients?: string[] | undefined;
}

export function updateSubmissionFields(sqlite: Sqlite, author: Author, year: number, patch: FieldsPatch) {
  const row = requireSubmission(sqlite, year);
  requireEditable(row);
  const set: Record<string, unknown> = {};
  if (patch.documentNumber !== undefined) set.documentNumber = patch.documentNumber.trim();
  if (patch.documentDate !== undefined) set.documentDate = patch.documentDate;
  if (patch.subject !== undefined) {
    if (!patch.subject.trim()) throw new ServiceError('INVALID_INPUT', 'Trích yếu của báo cáo không được để trống.', { field: 'subject' });
    set.subject = patch.subject.trim();
  }
  if (patch.recipients !== undefined) set.recipients = recipientsToText(patch.recipients);
  const changed = Object.entries(set).some(([key, value]) => (row as unknown as Record<string, unknown>)[key] !== value);
  if (!changed) return { row, changeSetId: null };
  const { changeSetId } = applyChanges(sqlite, author, {
    action: 'submission.update',
    label: `Sửa thông tin văn bản báo cáo năm ${year}`,
    changes: [{ op: 'update', table: 'submissions', id: row.id, set }, ...backToDraft(row)],
  });
  return { row: requireSubmission(sqlite, year), changeSetId };
}

export function updateSection(sqlite: Sqlite, author: Author, year: number, key: SectionKey, body: string, how: 'edit' | 'regenerate') {
  const row = requireSubmission(sqlite, year);
  requireEditable(row);
  const section = sectionsOf(sqlite, row.id).find((s) => s.key === key);
  const title = SECTION_TITLES[key];
  if (section && section.body === body) return { row, changeSetId: null };
  const change: Change = section
    ? { op: 'update', table: 'submission_sections', id: section.id, set: { body } }
    : { op: 'insert', table: 'submission_sections', values: { submissionId: row.id, key, title, body, sortOrder: SECTION_KEYS.indexOf(key) + 1 } };
  const verb = how === 'regenerate' ? 'Viết lại từ số liệu' : 'Sửa';
  const { changeSetId } = applyChanges(sqlite, author, {
    action: how === 'regenerate' ? 'submission.regenerateSection' : 'submission.updateSection',
    label: `${verb} mục "${title}" của báo cáo năm ${year}`,
    changes: [change, ...backToDraft(row)],
  });
  return { row: requireSubmission(sqlite, year), changeSetId };
}
