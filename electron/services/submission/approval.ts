import type { Sqlite } from '../../../db/client';
import { approvedYears } from '../../../db/queries/submission';
import type { LockedYear } from '../../api/schemas/submission';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';
import { runPreflight } from './checks';
import { lockedReasonOf, requireSubmission } from './record';

// draft → reviewed → approved, and back by reopening with a reason. Each step is a final change set: recorded in
// History with who and when, never taken back by Undo (the lock and its reason are the record). Approval locks the
// year: the triggers of migration 0003 then refuse every write to the year's assessments, indicator values,
// allocations, milestones and awareness activities, whatever path it comes by.

const STATE_WORDS = { draft: 'dự thảo', reviewed: 'đã rà soát', approved: 'đã phê duyệt' } as const;

export function reviewSubmission(sqlite: Sqlite, author: Author, year: number) {
  const row = requireSubmission(sqlite, year);
  if (row.state !== 'draft') {
    throw new ServiceError('CONSTRAINT_VIOLATION', `Báo cáo năm ${year} đang ở trạng thái "${STATE_WORDS[row.state]}", không chuyển sang "đã rà soát" được.`, { year, state: row.state });
  }
  return applyChanges(sqlite, author, {
    action: 'submission.review',
    label: `Rà soát báo cáo năm ${year} gửi Bộ`,
    changes: [{ op: 'update', table: 'submissions', id: row.id, set: { state: 'reviewed', reviewedBy: author.actor, reviewedAt: author.at } }],
    final: true,
  });
}

export function approveSubmission(sqlite: Sqlite, author: Author, input: { year: number; acknowledgedWarnings: string[]; appVersion: string }) {
  const { year } = input;
  const row = requireSubmission(sqlite, year);
  if (row.state === 'approved') throw new ServiceError('YEAR_LOCKED', lockedReasonOf(row), { year });
  if (row.state !== 'reviewed') {
    throw new ServiceError('CONSTRAINT_VIOLATION', `Báo cáo năm ${year} phải được rà soát trước khi phê duyệt.`, { year, state: row.state });
  }
  const preflight = runPreflight(sqlite, { year, appVersion: input.appVersion, now: author.at });
  const blocking = preflight.checks.filter((c) => c.severity === 'blocking');
  if (blocking.length) {
    throw new ServiceError('CONSTRAINT_VIOLATION', `Chưa phê duyệt được: ${blocking.map((c) => c.title.toLowerCase()).join('; ')}.`, {
      year,
      blocking: blocking.map((c) => c.code),
    });
  }
  const unread = preflight.checks.filter((c) => c.severity === 'warning' && !input.acknowledgedWarnings.includes(c.code));
  if (unread.length) {
    throw new ServiceError('INVALID_INPUT', `Người phê duyệt cần xác nhận đã xem ${unread.length} cảnh báo: ${unread.map((c) => c.title.toLowerCase()).join('; ')}.`, {
      year,
      unacknowledged: unread.map((c) => c.code),
    });
  }
  return applyChanges(sqlite, author, {
    action: 'submission.approve',
    label: `Phê duyệt báo cáo năm ${year} gửi Bộ (khóa số liệu năm ${year})`,
    changes: [{ op: 'update', table: 'submissions', id: row.id, set: { state: 'approved', approvedBy: author.actor, approvedAt: author.at } }],
    final: true,
  });
}

export function reopenSubmission(sqlite: Sqlite, author: Author, input: { year: number; reason: string; toState: 'reviewed' | 'draft' }) {
  const { year } = input;
  const reason = input.reason.trim();
  if (!reason) throw new ServiceError('INVALID_INPUT', `Mở lại báo cáo năm ${year} phải ghi lý do.`, { year, field: 'reason' });
  const row = requireSubmission(sqlite, year);
  if (row.state === 'draft' || (row.state === 'reviewed' && input.toState !== 'draft')) {
    throw new ServiceError('CONSTRAINT_VIOLATION', `Báo cáo năm ${year} đang ở trạng thái "${STATE_WORDS[row.state]}": không có gì để mở lại.`, { year, state: row.state });
  }
  const reviewed = input.toState === 'reviewed' ? {} : { reviewedBy: null, reviewedAt: null };
  const unlocks = row.state === 'approved' ? ` (mở khóa số liệu năm ${year})` : '';
  return applyChanges(sqlite, author, {
    action: 'submission.reopen',
    label: `Mở lại báo cáo năm ${year}${unlocks}: ${reason}`,
    changes: [
      {
        op: 'update',
        table: 'submissions',
        id: row.id,
        set: { state: input.toState, approvedBy: null, approvedAt: null, reopenReason: reason, reopenedAt: author.at, ...reviewed },
      },
    ],
    final: true,
  });
}

export function lockedYears(sqlite: Sqlite): LockedYear[] {
  return approvedYears(sqlite).map((r) => ({ ...r, reason: lockedReasonOf(r) }));
}
