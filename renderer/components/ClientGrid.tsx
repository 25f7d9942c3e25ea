import type { RowClassParams, RowStyle } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { Flex } from 'antd';
import { gridBoxStyle, gridColumnStyle, useCommonGridOptions } from './grid-options';
import type { ClientGridProps } from './grid-types';
import { GridToolbar } from './GridToolbar';

// Totals rows are pinned rows (Community); AG Grid's grand-total rows are Enterprise.
const pinnedRowStyle: RowStyle = { fontWeight: 600, background: '#f3f5f8' };
const rowStyle = (p: RowClassParams): RowStyle | undefined => (p.node.rowPinned ? pinnedRowStyle : undefined);

/** A small list held in memory: sorted in the page, with optional totals rows pinned at the bottom. */
export function ClientGrid<T>(props: ClientGridProps<T>) {
  const height = props.height ?? 'auto';
  const { key, ...options } = useCommonGridOptions(props.columns, height, props.getRowId);
  return (
    <Flex vertical gap={8} style={gridColumnStyle(height)}>
      {(props.toolbar || props.showTotal) && (
        <GridToolbar testId={props.testId} total={props.rows.length}>
          {props.toolbar}
        </GridToolbar>
      )}
      <div data-testid={props.testId} aria-label={props.ariaLabel} role="region" style={gridBoxStyle(height)}>
        <AgGridReact<T>
          key={key}
          {...options}
          rowData={props.rows}
          pinnedBottomRowData={props.pinnedBottomRows}
          getRowStyle={rowStyle}
        />
      </div>
    </Flex>
  );
}
