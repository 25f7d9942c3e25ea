import type { ValueEdit } from '../../../../electron/api/schemas/assessment';
import type { ApplyEditsInput, ApplyEditsResult } from '../../../../electron/api/schemas/grid';
import { COMMENT_PREFIX } from './assessment-columns';

/**
 * The shared grid speaks rows and fields; the assessment speaks institutions and indicators. A comment column's
 * field is "comment:<code>": it edits that indicator's comment, and a verdict on a comment-only edit is shown there.
 */
export function toValueEdits(input: ApplyEditsInput): { edits: ValueEdit[]; commentOnly: Set<string> } {
  const byCell = new Map<string, ValueEdit>();
  for (const edit of input.edits) {
    const isComment = edit.field.startsWith(COMMENT_PREFIX);
    const code = isComment ? edit.field.slice(COMMENT_PREFIX.length) : edit.field;
    const key = `${edit.id}|${code}`;
    const cell = byCell.get(key) ?? { institutionId: edit.id, indicatorCode: code };
    if (isComment) cell.comment = edit.value === null ? null : String(edit.value);
    else cell.value = edit.value;
    byCell.set(key, cell);
  }
  const commentOnly = new Set([...byCell].filter(([, e]) => e.value === undefined).map(([key]) => key));
  return { edits: [...byCell.values()], commentOnly };
}

export function toGridResult(result: ApplyEditsResult, commentOnly: ReadonlySet<string>): ApplyEditsResult {
  const field = (id: number, code: string) => (commentOnly.has(`${id}|${code}`) ? `${COMMENT_PREFIX}${code}` : code);
  return {
    ...result,
    rejected: result.rejected.map((r) => ({ ...r, field: field(r.id, r.field) })),
    warnings: result.warnings.map((w) => ({ ...w, field: field(w.id, w.field) })),
  };
}
