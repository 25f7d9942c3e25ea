import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstitutionDetail } from '../../../electron/api/schemas/institutions';
import { formatDate } from '../../../electron/api/text/format';

type Period = InstitutionDetail['governance'][number];

/** Governing bodies with their dates, newest first: the 2025 reorganisation moved many institutions. */
export function GovernanceHistory({ periods }: { periods: Period[] }) {
  const { t } = useTranslation('institutions');
  if (periods.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noGovernance')} />;
  return (
    <Table<Period>
      data-testid="institution-governance"
      size="small"
      pagination={false}
      rowKey="id"
      dataSource={periods}
      columns={[
        { title: t('detail.body'), dataIndex: 'governingBody' },
        { title: t('detail.from'), dataIndex: 'validFrom', width: 110, render: (value: string) => formatDate(value) },
        { title: t('detail.to'), dataIndex: 'validTo', width: 110, render: (value: string | null) => (value ? formatDate(value) : t('detail.current')) },
      ]}
    />
  );
}
