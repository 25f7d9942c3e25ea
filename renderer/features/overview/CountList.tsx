import { Descriptions, Empty } from 'antd';
import type { ReactNode } from 'react';
import { formatNumber } from '../../../electron/api/text/format';

export interface CountItem {
  key: string;
  label: ReactNode;
  /** A number is printed as a count; text is shown as it is. */
  count: number | string;
}

/** Label → count rows, counts aligned right the Vietnamese way. */
export function CountList({ items, empty, testId }: { items: CountItem[]; empty?: string; testId: string }) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <Descriptions
      data-testid={testId}
      size="small"
      column={1}
      bordered
      styles={{ content: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } }}
      items={items.map((item) => ({ key: item.key, label: item.label, children: typeof item.count === 'number' ? formatNumber(item.count, 0) : item.count }))}
    />
  );
}
