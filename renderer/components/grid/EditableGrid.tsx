import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import type { CellDoubleClickedEvent, CellEditRequestEvent, Column, ColumnResizedEvent, GridApi, GridOptions, RowClassParams, SortChangedEvent } from 'ag-grid-community';
import { App, Button, Flex } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { CellValue } from '../../../electron/api/schemas/grid';
import { useErrorText } from '../../app/useErrorText';
import { gridColumnStyle } from '../grid-options';
import { GridToolbar } from '../GridToolbar';
import type { CopyText } from './cell-copy';
import { CellMarks } from './cell-marks';
import { cellText } from './cell-text';
import { rowHeaderColDef, toColDef } from './editable-columns';
import { GridProblems } from './GridProblems';
import { GridSurface } from './GridSurface';
import { useGridTexts } from './grid-texts';
import { valueOf } from './range-edits';
import { TypeAhead } from './type-ahead';
import { useColumnMemory } from './useColumnMemory';
import type { EditableColumn, EditableGridProps } from './types';
import { useGridData } from './useGridData';
import { type GridProblems as Problems, useRangeEdits } from './useRangeEdits';
import { ROW_HEADER_ID } from './useRangeSelection';

const rowIdOf = (row: { id: number }) => String(row.id);

/**
 * The editable grid every editable view uses (institutions, assessment, later projects and allocations): server
 * paging, sorting and filtering through the contract; spreadsheet keys and typed editors; our own range
 * selection, copy, paste, Delete and fill-down (each one undoable change); each cell's state (invalid, warning,
 * locked); a pinned totals row over the whole filtered view; export of the view to .xlsx and .csv.
 */
export function EditableGrid<Row extends { id: number }>(props: EditableGridProps<Row>) {
  const { gridId, columns } = props;
  const testId = props.testId ?? gridId;
  const texts = useGridTexts();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const apiRef = useRef<GridApi<Row> | null>(null);
  const displayed = useRef<Column[]>([]);
  const marks = useMemo(() => new CellMarks(), []);
  const typeAhead = useMemo(() => new TypeAhead(), []);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [exporting, setExporting] = useState<'xlsx' | 'csv' | null>(null);

  const data = useGridData<Row>({
    gridId,
    apiRef,
    fetchPage: props.fetchPage,
    fetchTotals: props.fetchTotals,
    queryKey: props.queryKey,
    search: props.search,
    filters: props.filters,
  });

  const readDisplayed = useCallback(() => {
    displayed.current = apiRef.current?.getAllDisplayedColumns() ?? [];
  }, []);

  const edits = useRangeEdits<Row>({
    apiRef,
    columns,
    displayed,
    marks,
    applyEdits: props.applyEdits,
    canAddRows: props.canAddRows,
    changeLabels: props.changeLabels,
    rowLabel: props.rowLabel,
    rowsIn: data.rowsIn,
    rowCount: () => apiRef.current?.getDisplayedRowCount() ?? 0,
    refresh: data.refresh,
    onProblems: setProblems,
  });

  const { onRowOpen } = props;
  const openRow = useCallback(
    (rowIndex: number) => {
      const row = apiRef.current?.getDisplayedRowAtIndex(rowIndex)?.data;
      if (row && onRowOpen) onRowOpen(row);
    },
    [onRowOpen],
  );

  const writable = props.applyEdits !== undefined;
  const yesNo = useMemo(() => [{ value: 1, label: texts.yes }, { value: 0, label: texts.no }], [texts]);
  const labelField = columns.find((c) => !c.total)?.field ?? null;
  const columnDefs = useMemo(
    () => [
      rowHeaderColDef<Row>(texts.rowHeader, { openLabel: texts.open, ...(onRowOpen ? { onOpen: openRow } : {}) }),
      ...columns.map((column) => toColDef(column, { marks, writable, totalsLabel: texts.totals, labelField, yesNo, typeAhead })),
    ],
    [columns, marks, writable, texts, labelField, yesNo, typeAhead, onRowOpen, openRow],
  );

  const pinnedBottomRows = useMemo(() => {
    if (!props.fetchTotals || !data.totals) return undefined;
    return [{ id: -1, ...data.totals } as unknown as Row];
  }, [props.fetchTotals, data.totals]);

  const copyText = useCallback<CopyText<Row>>(
    (row, column) => {
      const def = columns.find((c) => c.field === column.getColId());
      return def ? cellText(def, valueOf(def, row) ?? null) : '';
    },
    [columns],
  );

  const { commitCell } = edits;
  const memory = useColumnMemory<Row>(gridId);
  const gridOptions = useMemo<GridOptions<Row>>(
    () => ({
      // The grid never changes its rows itself: every edit goes to the server and comes back as data.
      readOnlyEdit: true,
      onCellEditRequest: (event: CellEditRequestEvent<Row>) => {
        if (event.rowIndex === null || !event.data) return;
        commitCell(event.rowIndex, event.data, event.column.getColId(), String((event.newValue as CellValue | undefined) ?? ''));
      },
      // Double-click edits a cell, as in a spreadsheet; on a row number or a read-only cell it opens the row.
      onCellDoubleClicked: (event: CellDoubleClickedEvent<Row>) => {
        if (event.rowIndex === null || event.node.rowPinned) return;
        const editable = event.colDef.editable;
        const canEdit = typeof editable === 'function' ? editable(event as never) : editable;
        if (event.column.getColId() === ROW_HEADER_ID || !canEdit) openRow(event.rowIndex);
      },
      // Keys held for an editor that never opened must not leak into the next one.
      onCellEditingStopped: () => void typeAhead.drain(),
      onDisplayedColumnsChanged: readDisplayed,
      onGridReady: (event) => {
        memory.restore(event.api);
        readDisplayed();
      },
      onColumnResized: (event: ColumnResizedEvent<Row>) => {
        if (event.finished && event.source === 'uiColumnResized') memory.save(event.api);
      },
      onSortChanged: (event: SortChangedEvent<Row>) => memory.save(event.api),
      // A row that no longer changes (e.g. a merged institution) greys out as a whole, its read-only cells too.
      // A row greys only when every column that can lock is locked for it: a matrix whose approved year is locked
      // keeps its open years looking (and being) editable.
      rowClassRules: { 'eg-row-locked': (p: RowClassParams<Row>) => !!p.data && !p.node.rowPinned && rowFullyLocked(columns, p.data) },
      overlayNoRowsTemplate: `<span>${texts.noRows}</span>`,
    }),
    [commitCell, openRow, readDisplayed, texts, typeAhead, memory, columns],
  );

  const onApi = useCallback(
    (api: GridApi<Row> | null) => {
      apiRef.current = api;
      readDisplayed();
    },
    [readDisplayed],
  );

  const { exportView } = props;
  const runExport = async (format: 'xlsx' | 'csv') => {
    if (!exportView) return;
    setExporting(format);
    try {
      const visible = displayed.current.filter((c) => c.getColId() !== ROW_HEADER_ID);
      const result = await exportView({
        format,
        query: { ...data.view, ...(data.sort.current ? { sort: data.sort.current } : {}) },
        columns: visible.map((c) => ({ field: c.getColId(), header: c.getColDef().headerName ?? c.getColId() })),
      });
      if (result.file) void message.success(texts.exported(result.rows, result.file), 4);
    } catch (error) {
      void message.error(errorText(error), 4);
    } finally {
      setExporting(null);
    }
  };

  const height = props.height ?? 'fill';
  return (
    <Flex vertical gap={8} style={gridColumnStyle(height)}>
      <GridToolbar testId={testId} total={data.total}>
        {props.toolbar}
        {exportView && (
          <Flex gap={8}>
            <Button data-testid={`${testId}-export-xlsx`} icon={<FileExcelOutlined />} loading={exporting === 'xlsx'} onClick={() => void runExport('xlsx')}>
              {texts.exportXlsx}
            </Button>
            <Button data-testid={`${testId}-export-csv`} icon={<FileTextOutlined />} loading={exporting === 'csv'} onClick={() => void runExport('csv')}>
              {texts.exportCsv}
            </Button>
          </Flex>
        )}
      </GridToolbar>
      {problems && <GridProblems testId={testId} problems={problems} onClose={() => setProblems(null)} />}
      <GridSurface<Row>
        testId={testId}
        ariaLabel={props.ariaLabel ?? gridId}
        height={height}
        columnDefs={columnDefs}
        getRowId={rowIdOf}
        datasource={data.datasource}
        pageSize={props.pageSize}
        pinnedBottomRows={pinnedBottomRows}
        copyText={copyText}
        loadRows={data.rowsIn}
        actions={writable ? { paste: edits.paste, clear: edits.clear, fillDown: edits.fillDown, openRow } : { openRow }}
        typeAhead={typeAhead}
        gridOptions={gridOptions}
        onApi={onApi}
      />
    </Flex>
  );
}

function rowFullyLocked<Row>(columns: readonly EditableColumn<Row>[], row: Row): boolean {
  const lockable = columns.filter((c) => c.lockedReason && c.editable !== false);
  return lockable.length > 0 && lockable.every((c) => c.lockedReason!(row));
}
