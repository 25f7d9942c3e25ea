import { Card, Empty, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetRow } from '../../../electron/api/schemas/registers';
import { formatNumber } from '../../../electron/api/text/format';
import { useApiQuery } from '../../app/api-hooks';
import { DataGrid } from '../../components/DataGrid';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useReference } from '../../components/useReference';
import { targetColumns } from './columns';
import { groupTargets } from './target-values';

const rowId = (row: TargetRow) => String(row.id);

/** National and provincial targets by target group, with their values per year; read-only. */
export function TargetsPage() {
  const { t } = useTranslation('targets');
  const targets = useApiQuery('targets.list', {});
  return (
    <Page name="targets" title={t('title')} intro={t('intro')}>
      <QueryView query={targets}>{(rows) => (rows.length === 0 ? <Empty description={t('empty')} /> : <TargetGroups targets={rows} />)}</QueryView>
    </Page>
  );
}

function TargetGroups({ targets }: { targets: TargetRow[] }) {
  const { t } = useTranslation('targets');
  const reference = useReference();
  const { label } = reference;
  const columns = useMemo(() => targetColumns(t, label), [t, label]);
  const sections = groupTargets(targets, reference.data?.targetGroups ?? []);
  const national = targets.filter((target) => target.scope === 'national').length;

  return (
    <Flex vertical gap={16}>
      <Typography.Text data-testid="targets-counts">
        {t('counts', { national: formatNumber(national, 0), provincial: formatNumber(targets.length - national, 0) })}
      </Typography.Text>
      {sections.map((section) => (
        <Card
          key={section.code || 'other'}
          size="small"
          title={section.group ? `${section.code}. ${label(section.group)}` : t('otherGroup')}
          data-testid={`targets-group-${section.code || 'other'}`}
        >
          <DataGrid
            mode="client"
            testId={`targets-grid-${section.code || 'other'}`}
            ariaLabel={t('grid', { group: section.code || t('otherGroup') })}
            columns={columns}
            rows={section.targets}
            getRowId={rowId}
          />
        </Card>
      ))}
    </Flex>
  );
}
