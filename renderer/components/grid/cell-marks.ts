import type { ApplyEditsResult } from '../../../electron/api/schemas/grid';

// What a cell shows beside its value: invalid (red, with the reason and the rejected text, until the cell is
// edited again) or a warning (amber: valid, but outside the expected limits). Kept per row id and field, so a
// mark follows its row through sorting and paging.

export type MarkLevel = 'invalid' | 'warning';

export interface CellMark {
  level: MarkLevel;
  message: string;
  /** The rejected text, shown in the cell in place of the stored value so the user sees what was refused. */
  text?: string;
}

const key = (id: number, field: string) => `${id}\u0000${field}`;

export class CellMarks {
  private readonly marks = new Map<string, CellMark>();

  get(id: number, field: string): CellMark | undefined {
    return this.marks.get(key(id, field));
  }

  set(id: number, field: string, mark: CellMark): void {
    this.marks.set(key(id, field), mark);
  }

  clear(id: number, field: string): void {
    this.marks.delete(key(id, field));
  }

  clearAll(): void {
    this.marks.clear();
  }

  get size(): number {
    return this.marks.size;
  }

  /**
   * After a write: cells sent and accepted lose their marks, rejected ones turn red with the server's reason,
   * warned ones amber. New rows (negative ids) have no cell to mark; their problems are listed instead.
   */
  applyResult(sent: readonly { id: number; field: string; text: string }[], result: Pick<ApplyEditsResult, 'rejected' | 'warnings'>): void {
    for (const cell of sent) this.clear(cell.id, cell.field);
    // A row's warnings are judged on the whole row, so a write to any of its cells renews all of them.
    const touched = new Set(sent.map((cell) => `${cell.id}\u0000`));
    for (const [k, mark] of this.marks) if (mark.level === 'warning' && touched.has(k.slice(0, k.indexOf('\u0000') + 1))) this.marks.delete(k);
    const texts = new Map(sent.map((cell) => [key(cell.id, cell.field), cell.text]));
    for (const problem of result.rejected) {
      if (problem.id <= 0) continue;
      const text = texts.get(key(problem.id, problem.field));
      this.set(problem.id, problem.field, { level: 'invalid', message: problem.message, ...(text ? { text } : {}) });
    }
    for (const warning of result.warnings) {
      const current = this.get(warning.id, warning.field);
      if (current?.level !== 'invalid') this.set(warning.id, warning.field, { level: 'warning', message: warning.message });
    }
  }
}
