import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../electron/api/text/format';

/** Controls on the left, the row count on the right, printed the Vietnamese way (1.234 dòng). */
export function GridToolbar({ testId, total, children }: { testId: string; total: number | null; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={12} wrap>
      {children}
      <div style={{ flex: 1 }} />
      <Typography.Text type="secondary" data-testid={`${testId}-total`}>
        {/* `count` picks the plural form; `replace` prints it with separators. */}
        {total === null ? '' : t('common.rows', { count: total, replace: { count: formatNumber(total, 0) } })}
      </Typography.Text>
    </Flex>
  );
}
