import type { CustomCellRendererProps } from 'ag-grid-react';
import type { MilestoneRow } from '../../../electron/api/schemas/registers';
import { MilestoneStatusTag } from './status';

export function MilestoneStatusCell(props: CustomCellRendererProps<MilestoneRow, string | null>) {
  return <MilestoneStatusTag status={props.value} />;
}
