import type { Sqlite } from '../../../db/client';
import { inYearFlags } from '../../../db/queries/assessment-scope';
import { statesOf, valuesOf } from '../../../db/queries/assessment-values';
import type { AssessmentState } from '../../api/schemas/assessment';
import type { Change } from '../history/change';
import { applyChanges, type Author } from '../history/mutation-path';
import { ServiceError } from '../service-error';

type From = AssessmentState | 'none';

// draft → submitted (Gửi) → approved (Phê duyệt); submitted → draft returns a return for correction; approved →
// draft reopens it, and only with a reason. The planner often keys in figures received on paper, so a draft may be
// approved directly.
const allowed: Record<AssessmentState, readonly From[]> = {
  submitted: ['none', 'draft'],
  approved: ['draft', 'submitted'],
  draft: ['submitted', 'approved'],
};

const stateNames: Record<From, string> = { none: 'chưa bắt đầu', draft: 'đang nhập', submitted: 'đã gửi', approved: 'đã phê duyệt' };

function describe(to: AssessmentState, year: number, codes: string[], reason: string | null, anyApproved: boolean) {
  const who = codes.length <= 3 ? codes.join(', ') : `${codes.length} cơ sở`;
  if (to === 'submitted') return { action: 'assessment.submit', label: `Gửi đánh giá năm ${year}: ${who}` };
  if (to === 'approved') return { action: 'assessment.approve', label: `Phê duyệt đánh giá năm ${year}: ${who}` };
  if (anyApproved) return { action: 'assessment.reopen', label: `Mở lại đánh giá năm ${year}: ${who} — lý do: ${reason}` };
  return { action: 'assessment.return', label: `Trả lại để sửa đánh giá năm ${year}: ${who}${reason ? ` — ${reason}` : ''}` };
}

export interface SetStateInput {
  year: number;
  institutionIds: number[];
  state: AssessmentState;
  reason?: string | undefined;
}

/** Moves returns between states as ONE recorded change; a reopen's reason goes to assessments.reopen_reason. */
export function setAssessmentState(sqlite: Sqlite, author: Author, input: SetStateInput) {
  const { year, state: to } = input;
  const reason = input.reason?.trim() || null;
  const ids = [...new Set(input.institutionIds)];
  const institutions = inYearFlags(sqlite, year, ids);
  const states = statesOf(sqlite, year, ids);
  const withValues = new Set(valuesOf(sqlite, ids, [year]).filter((v) => v.value !== null).map((v) => v.institutionId));
  if (to === 'draft' && !reason && ids.some((id) => states.get(id)?.state === 'approved')) {
    throw new ServiceError('INVALID_INPUT', 'Cần nêu lý do mở lại đánh giá đã phê duyệt.', { field: 'reason' });
  }
  const changes: Change[] = [];
  const changed: number[] = [];
  const codes: string[] = [];
  const skipped: { institutionId: number; message: string }[] = [];
  let anyApproved = false;
  for (const id of ids) {
    const institution = institutions.get(id);
    if (!institution) {
      skipped.push({ institutionId: id, message: `Không có cơ sở #${id}` });
      continue;
    }
    if (!institution.inYear) {
      skipped.push({ institutionId: id, message: `${institution.code} không thuộc đánh giá năm ${year}` });
      continue;
    }
    const current = states.get(id);
    const from: From = current?.state ?? 'none';
    if (to === 'approved' && from !== 'approved' && !withValues.has(id)) {
      skipped.push({ institutionId: id, message: `${institution.code}: chưa có số liệu năm ${year} để phê duyệt` });
      continue;
    }
    if (!allowed[to].includes(from)) {
      skipped.push({ institutionId: id, message: `${institution.code}: không chuyển được từ “${stateNames[from]}” sang “${stateNames[to]}”` });
      continue;
    }
    if (from === 'approved') anyApproved = true;
    if (current) {
      const set = from === 'approved' ? { state: to, reopenReason: reason } : { state: to };
      changes.push({ op: 'update', table: 'assessments', id: current.id, set });
    } else {
      changes.push({ op: 'insert', table: 'assessments', values: { institutionId: id, year, state: to } });
    }
    changed.push(id);
    codes.push(institution.code);
  }
  if (changes.length === 0) return { changed, skipped, changeSetId: null };
  const { action, label } = describe(to, year, codes, reason, anyApproved);
  const result = applyChanges(sqlite, author, { action, label, changes });
  return { changed, skipped, changeSetId: result.changeSetId };
}
