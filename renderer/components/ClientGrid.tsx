import { Flex } from 'antd';
import { GridSurface } from './grid/GridSurface';
import { gridColumnStyle } from './grid-options';
import type { ClientGridProps } from './grid-types';
import { GridToolbar } from './GridToolbar';

/**
 * A small list held in memory, on the shared GridSurface: sorted in the page, with optional totals rows pinned at
 * the bottom (pinned rows are Community; AG Grid's grand-total rows are Enterprise).
 */
export function ClientGrid<T>(props: ClientGridProps<T>) {
  const height = props.height ?? 'auto';
  return (
    <Flex vertical gap={8} style={gridColumnStyle(height)}>
      {(props.toolbar || props.showTotal) && (
        <GridToolbar testId={props.testId} total={props.rows.length}>
          {props.toolbar}
        </GridToolbar>
      )}
      <GridSurface<T>
        testId={props.testId}
        ariaLabel={props.ariaLabel}
        height={height}
        columnDefs={props.columns}
        getRowId={props.getRowId}
        rows={props.rows}
        pinnedBottomRows={props.pinnedBottomRows}
      />
    </Flex>
  );
}
