import { ExpandAltOutlined } from '@ant-design/icons';
import type { CustomCellRendererProps } from 'ag-grid-react';

export interface RowHeaderParams {
  openLabel: string;
  onOpen?: (rowIndex: number) => void;
}

/** The row's number, and (where rows open a detail panel) a button that opens it. */
export function RowHeaderCell(props: CustomCellRendererProps & RowHeaderParams) {
  const { node, onOpen, openLabel } = props;
  if (node.rowPinned || node.rowIndex === null) return null;
  return (
    <span style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
      {onOpen ? (
        <button
          type="button"
          className="eg-row-open"
          title={openLabel}
          aria-label={`${openLabel} ${node.rowIndex + 1}`}
          tabIndex={-1}
          onClick={() => onOpen(node.rowIndex!)}
        >
          <ExpandAltOutlined />
        </button>
      ) : (
        <span />
      )}
      <span>{node.rowIndex + 1}</span>
    </span>
  );
}
