import type { Column, GridApi } from 'ag-grid-community';
import { App } from 'antd';
import { type RefObject, useCallback, useRef } from 'react';
import type { ApplyEditsInput, ApplyEditsResult, CellEdit, CellValue } from '../../../electron/api/schemas/grid';
import { useErrorText } from '../../app/useErrorText';
import type { CellMarks } from './cell-marks';
import { fillDownColumn } from './fill-down';
import { useGridTexts } from './grid-texts';
import { planPaste } from './paste-plan';
import { type CellIssue, editsFromTargets, newRowsFromTexts, type TextTarget, valueOf } from './range-edits';
import { type CellRange, cellsOf } from './selection';
import type { EditableColumn } from './types';

export interface GridProblems {
  issues: (CellIssue & { rowLabel: string | null })[];
  notes: string[];
}

interface Options<Row extends { id: number }> {
  apiRef: RefObject<GridApi<Row> | null>;
  columns: EditableColumn<Row>[];
  /** The displayed columns, in order (row header first when shown). */
  displayed: RefObject<Column[]>;
  marks: CellMarks;
  applyEdits?: (input: ApplyEditsInput) => Promise<ApplyEditsResult>;
  canAddRows?: boolean;
  changeLabels?: Partial<Record<'paste' | 'fill' | 'clear', string>>;
  rowLabel?: (row: Row) => string;
  rowsIn: (from: number, to: number) => Promise<Row[]>;
  rowCount: () => number;
  refresh: () => void;
  onProblems: (problems: GridProblems | null) => void;
}

const NUMERIC = new Set(['integer', 'decimal', 'percent', 'money', 'year']);

/**
 * Every way the grid writes — a typed cell, a pasted block, Delete over a selection, Ctrl+D — ends in ONE
 * applyEdits call, so one Ctrl+Z undoes it. Cells that fail in the page (a word in a number column, a locked
 * row) are marked red and listed without being sent; the server's verdicts mark and list the rest.
 */
export function useRangeEdits<Row extends { id: number }>(options: Options<Row>) {
  const { message, modal } = App.useApp();
  const texts = useGridTexts();
  const errorText = useErrorText();
  const latest = useRef(options);
  latest.current = options;

  const columnAt = useCallback((col: number): EditableColumn<Row> | null => {
    const { displayed, columns } = latest.current;
    const id = displayed.current?.[col]?.getColId();
    return columns.find((c) => c.field === id) ?? null;
  }, []);

  const send = useCallback(
    async (edits: (CellEdit & { text: string })[], newRows: Record<string, CellValue>[], clientIssues: CellIssue[], label: string | undefined, rowsById: Map<number, { rowIndex: number; row: Row }>, notes: string[] = []) => {
      const { marks, applyEdits, rowLabel, refresh, onProblems, columns } = latest.current;
      // A refused blank keeps showing the stored value (red, with the reason); refused text shows what was refused.
      for (const issue of clientIssues) if (issue.id > 0) marks.set(issue.id, issue.field, { level: 'invalid', message: issue.message, ...(issue.text ? { text: issue.text } : {}) });
      const issues: CellIssue[] = [...clientIssues];
      const sending = (edits.length > 0 || newRows.length > 0) && applyEdits !== undefined;
      if (sending) {
        try {
          const input: ApplyEditsInput = { edits: edits.map(({ id, field, value }) => ({ id, field, value })), newRows, ...(label ? { label } : {}) };
          const result = await applyEdits(input);
          marks.applyResult(edits, result);
          const sentText = new Map(edits.map((e) => [`${e.id}|${e.field}`, e.text]));
          const headers = new Map(columns.map((c) => [c.field, c.header]));
          for (const problem of result.rejected) {
            const at = rowsById.get(problem.id);
            issues.push({
              rowIndex: problem.id > 0 ? (at?.rowIndex ?? -1) : problem.id,
              id: problem.id,
              field: problem.field,
              header: headers.get(problem.field) ?? problem.field,
              text: sentText.get(`${problem.id}|${problem.field}`) ?? '',
              message: problem.message,
            });
          }
          if (result.applied > 0) void message.success(texts.saved(result.applied), 2);
          else if (issues.length === 0) void message.info(texts.nothingSaved, 2);
        } catch (error) {
          void message.error(errorText(error), 4);
        }
      }
      const labelled = issues.map((issue) => {
        const at = rowsById.get(issue.id);
        return { ...issue, rowLabel: at && rowLabel ? rowLabel(at.row) : null };
      });
      onProblems(labelled.length > 0 || notes.length > 0 ? { issues: labelled, notes } : null);
      if (labelled.length > 0) void message.warning(texts.problemsTitle(labelled.length), 3);
      if (sending) refresh();
      latest.current.apiRef.current?.refreshCells({ force: true });
    },
    [message, texts, errorText],
  );

  const writeTargets = useCallback(
    (targets: TextTarget<Row>[], label: string | undefined, notes: string[] = [], newRowsPart?: { newRows: Record<string, CellValue>[]; issues: CellIssue[] }) => {
      const { edits, issues } = editsFromTargets(targets);
      const rowsById = new Map(targets.map((t) => [t.row.id, { rowIndex: t.rowIndex, row: t.row }]));
      return send(edits, newRowsPart?.newRows ?? [], [...issues, ...(newRowsPart?.issues ?? [])], label, rowsById, notes);
    },
    [send],
  );

  const confirmAddRows = useCallback(
    (count: number) =>
      new Promise<boolean>((resolve) => {
        modal.confirm({
          title: texts.addRowsTitle(count),
          content: texts.addRowsBody,
          okText: texts.addRowsOk,
          cancelText: texts.addRowsCancel,
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        });
      }),
    [modal, texts],
  );

  const paste = useCallback(
    async (block: string[][], range: CellRange) => {
      const { displayed, rowCount, rowsIn, canAddRows, changeLabels } = latest.current;
      const plan = planPaste(block, range, {
        rowCount: rowCount(),
        colCount: displayed.current?.length ?? 0,
        isEditableColumn: (col) => {
          const column = columnAt(col);
          return column !== null && column.editable !== false;
        },
      });
      const notes: string[] = [];
      if (plan.skippedReadOnly) notes.push(texts.skippedReadOnly(plan.skippedReadOnly));
      if (plan.skippedOutside) notes.push(texts.skippedOutside(plan.skippedOutside));
      const lastRow = plan.cells.reduce((max, cell) => Math.max(max, cell.row), range.top);
      const rows = plan.cells.length ? await rowsIn(range.top, lastRow) : [];
      const targets = plan.cells.flatMap((cell) => {
        const row = rows[cell.row - range.top];
        const column = columnAt(cell.col);
        return row && column ? [{ rowIndex: cell.row, row, column, text: cell.text }] : [];
      });
      let newRowsPart: ReturnType<typeof newRowsFromTexts<Row>> | undefined;
      if (plan.newRows.length > 0) {
        if (canAddRows && (await confirmAddRows(plan.newRows.length))) {
          newRowsPart = newRowsFromTexts(plan.newRows.map((r) => ({ index: r.index, cells: r.cells.map((c) => ({ column: columnAt(c.col)!, text: c.text })) })));
        } else notes.push(texts.skippedRows(plan.newRows.length));
      }
      await writeTargets(targets, changeLabels?.paste, notes, newRowsPart);
    },
    [columnAt, confirmAddRows, texts, writeTargets],
  );

  /** The editable data columns of a range, by index. */
  const columnsIn = useCallback(
    (range: CellRange) => {
      const out: { col: number; column: EditableColumn<Row> }[] = [];
      for (let col = range.left; col <= range.right; col += 1) {
        const column = columnAt(col);
        if (column && column.editable !== false) out.push({ col, column });
      }
      return out;
    },
    [columnAt],
  );

  const clear = useCallback(
    async (range: CellRange) => {
      const rows = await latest.current.rowsIn(range.top, range.bottom);
      const editable = new Map(columnsIn(range).map((c) => [c.col, c.column]));
      const targets: TextTarget<Row>[] = [];
      for (const { row, col } of cellsOf(range)) {
        const column = editable.get(col);
        const data = rows[row - range.top];
        if (column && data) targets.push({ rowIndex: row, row: data, column, text: '' });
      }
      await writeTargets(targets, latest.current.changeLabels?.clear);
    },
    [columnsIn, writeTargets],
  );

  const fillDown = useCallback(
    async (range: CellRange) => {
      if (range.bottom === range.top) return;
      const rows = await latest.current.rowsIn(range.top, range.bottom);
      const targets: TextTarget<Row>[] = [];
      for (const { column } of columnsIn(range)) {
        const values = fillDownColumn(rows.map((row) => valueOf(column, row) ?? null), NUMERIC.has(column.kind));
        values.forEach((value, k) => {
          const row = rows[k + 1];
          if (row) targets.push({ rowIndex: range.top + k + 1, row, column, value });
        });
      }
      await writeTargets(targets, latest.current.changeLabels?.fill);
    },
    [columnsIn, writeTargets],
  );

  /** A value typed into one cell (the editor hands over its text). */
  const commitCell = useCallback(
    (rowIndex: number, row: Row, field: string, text: string) => {
      const column = latest.current.columns.find((c) => c.field === field);
      if (column) void writeTargets([{ rowIndex, row, column, text }], undefined);
    },
    [writeTargets],
  );

  return { paste, clear, fillDown, commitCell };
}
