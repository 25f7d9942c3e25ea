import type { Sqlite } from '../../../db/client';
import { inYearFlags } from '../../../db/queries/assessment-scope';
import { statesOf, type StoredValue, valuesOf } from '../../../db/queries/assessment-values';
import type { ValueEdit } from '../../api/schemas/assessment';
import type { CellProblem } from '../../api/schemas/grid';
import type { Change } from '../history/change';
import { yearLocks } from '../submission/year-lock';
import { type IndicatorContext, numbersOf, valueMaps } from './indicator-context';
import { changeWarning, normaliseComment, parseIndicatorValue, relationProblems } from './value-rules';

export const LOCKED_REASON = 'Đã phê duyệt — mở lại để sửa';

export interface PlannedEdits {
  changes: Change[];
  /** Cells whose edit is part of `changes`. */
  applied: { institutionId: number; indicatorCode: string }[];
  rejected: CellProblem[];
  warnings: { id: number; field: string; message: string }[];
}

interface Accepted {
  institutionId: number;
  code: string;
  value: number | null | undefined;
  comment: string | null | undefined;
}

/**
 * Judges a batch of value edits for one year and turns the acceptable ones into row changes, without writing:
 * LOCKED for approved returns, INVALID for values that are not figures (or make a part exceed its whole),
 * warnings for unusual ones. The grid, the per-institution form and the workbook import all pass through here.
 */
export function planValueEdits(sqlite: Sqlite, context: IndicatorContext, year: number, edits: readonly ValueEdit[]): PlannedEdits {
  const ids = [...new Set(edits.map((e) => e.institutionId))];
  const institutions = inYearFlags(sqlite, year, ids);
  const states = statesOf(sqlite, year, ids);
  const stored = valuesOf(sqlite, ids, [year, year - 1]);
  const current = valueMaps(stored, year);
  const previous = valueMaps(stored, year - 1);
  const rejected: CellProblem[] = [];
  const reject = (e: { institutionId: number; indicatorCode: string }, code: CellProblem['code'], message: string) =>
    rejected.push({ id: e.institutionId, field: e.indicatorCode, code, message });
  // A year approved in the submission to the ministry is locked whole, whatever each return's own state.
  const yearLock = yearLocks(sqlite).get(year) ?? null;

  // Later edits of the same cell win, as when typing over a pasted value.
  const accepted = new Map<string, Accepted>();
  for (const edit of edits) {
    const institution = institutions.get(edit.institutionId);
    const indicator = context.byCode.get(edit.indicatorCode);
    if (!institution) {
      reject(edit, 'NOT_FOUND', `Không có cơ sở #${edit.institutionId}`);
      continue;
    }
    if (!indicator) {
      reject(edit, 'NOT_FOUND', `Không có chỉ số “${edit.indicatorCode}”`);
      continue;
    }
    if (!institution.inYear) {
      reject(edit, 'INVALID', `${institution.code} không thuộc đánh giá năm ${year} (chưa thành lập, hoặc đã sáp nhập, chia tách, giải thể)`);
      continue;
    }
    if (yearLock) {
      reject(edit, 'LOCKED', yearLock);
      continue;
    }
    if (states.get(edit.institutionId)?.state === 'approved') {
      reject(edit, 'LOCKED', LOCKED_REASON);
      continue;
    }
    let value: number | null | undefined;
    if (edit.value !== undefined) {
      const parsed = parseIndicatorValue(indicator.unit, edit.value);
      if (!parsed.ok) {
        reject(edit, 'INVALID', parsed.reason);
        continue;
      }
      value = parsed.value;
    }
    const key = `${edit.institutionId}|${edit.indicatorCode}`;
    const before = accepted.get(key);
    accepted.set(key, {
      institutionId: edit.institutionId,
      code: edit.indicatorCode,
      value: value !== undefined ? value : before?.value,
      comment: edit.comment !== undefined ? normaliseComment(edit.comment) : before?.comment,
    });
  }

  rejectBrokenWholes(accepted, current, context, (a, message) => reject({ institutionId: a.institutionId, indicatorCode: a.code }, 'INVALID', message));

  const warnings: PlannedEdits['warnings'] = [];
  const changes: Change[] = [];
  const startedReturns = new Set<number>();
  for (const a of accepted.values()) {
    const indicator = context.byCode.get(a.code)!;
    const existing = current.get(a.institutionId)?.get(a.code);
    if (a.value !== undefined) {
      const warning = changeWarning(indicator.unit, a.value, previous.get(a.institutionId)?.get(a.code)?.value);
      if (warning) warnings.push({ id: a.institutionId, field: a.code, message: warning });
    }
    if (existing) {
      const set: { value?: number | null; comment?: string | null } = {};
      if (a.value !== undefined && a.value !== existing.value) set.value = a.value;
      if (a.comment !== undefined && a.comment !== existing.comment) set.comment = a.comment;
      if (Object.keys(set).length > 0) changes.push({ op: 'update', table: 'indicator_values', id: existing.id, set });
    } else if ((a.value ?? null) !== null || (a.comment ?? null) !== null) {
      changes.push({
        op: 'insert',
        table: 'indicator_values',
        values: { institutionId: a.institutionId, indicatorId: indicator.id, year, value: a.value ?? null, comment: a.comment ?? null },
      });
    }
    // Entering a figure starts the institution's return for the year, as a draft.
    if (!states.has(a.institutionId) && !startedReturns.has(a.institutionId)) {
      startedReturns.add(a.institutionId);
      changes.push({ op: 'insert', table: 'assessments', values: { institutionId: a.institutionId, year, state: 'draft' } });
    }
  }
  return {
    changes,
    applied: [...accepted.values()].map((a) => ({ institutionId: a.institutionId, indicatorCode: a.code })),
    rejected,
    warnings,
  };
}

/**
 * Rejects edited cells that would leave a part above its whole, until none does. Stored figures that already break
 * a rule are not blamed on an edit that leaves them as they were: only cells edited in this batch are rejected.
 */
function rejectBrokenWholes(
  accepted: Map<string, Accepted>,
  current: Map<number, Map<string, StoredValue>>,
  context: IndicatorContext,
  onReject: (a: Accepted, message: string) => void,
) {
  const byInstitution = new Map<number, Accepted[]>();
  for (const a of accepted.values()) byInstitution.set(a.institutionId, [...(byInstitution.get(a.institutionId) ?? []), a]);
  for (const [institutionId, cells] of byInstitution) {
    let live = cells.filter((c) => c.value !== undefined);
    for (;;) {
      const values = numbersOf(current.get(institutionId));
      for (const c of live) values.set(c.code, c.value ?? null);
      const blamed = new Map<Accepted, string>();
      for (const problem of relationProblems(values, context.relations, context.byCode)) {
        for (const c of live) if (problem.codes.includes(c.code) && !blamed.has(c)) blamed.set(c, problem.message);
      }
      if (blamed.size === 0) break;
      for (const [c, message] of blamed) {
        onReject(c, message);
        accepted.delete(`${c.institutionId}|${c.code}`);
      }
      live = live.filter((c) => !blamed.has(c));
    }
  }
}
