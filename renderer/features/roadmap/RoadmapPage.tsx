import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MilestoneRow } from '../../../electron/api/schemas/registers';
import { useApiQuery } from '../../app/api-hooks';
import { DataGrid } from '../../components/DataGrid';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { milestoneColumns } from './columns';

const rowId = (row: MilestoneRow) => String(row.id);

/** Roadmap milestones in year and quarter order, read-only. */
export function RoadmapPage() {
  const { t } = useTranslation('roadmap');
  const milestones = useApiQuery('roadmap.listMilestones', {});
  const columns = useMemo(() => milestoneColumns(t), [t]);
  return (
    <Page name="roadmap" title={t('title')} intro={t('intro')} fill>
      <QueryView query={milestones}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty description={t('empty')} />
          ) : (
            <DataGrid mode="client" testId="roadmap-grid" ariaLabel={t('grid')} columns={columns} rows={rows} getRowId={rowId} height="fill" showTotal />
          )
        }
      </QueryView>
    </Page>
  );
}
