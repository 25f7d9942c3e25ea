import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridQuery } from '../../../electron/api/schemas/grid';
import type { MilestoneGridRow, StatusFilterValue } from '../../../electron/api/schemas/roadmap';
import { formatDate, formatNumber } from '../../../electron/api/text/format';
import { api } from '../../api';
import { useApiMutation, useApiQuery } from '../../app/api-hooks';
import { EditableGrid } from '../../components/grid/EditableGrid';
import { milestoneColumns } from './milestone-columns';
import { MilestoneDrawer } from './MilestoneDrawer';
import { NewMilestoneModal } from './NewMilestoneModal';
import { yearsUpTo } from './link-params';
import { derivedStatusOrder } from './status';
import { useLinkChoices } from './useLinkChoices';
import { SearchBox } from '../../components/SearchBox';

const fetchPage = (query: GridQuery) => api.call('roadmap.milestonePage', query);
const rowLabel = (row: MilestoneGridRow) => `${row.year}`;

interface Props {
  status: StatusFilterValue | null;
  onStatus: (status: StatusFilterValue | null) => void;
  /** Only milestones due by this year (from the URL), shown as a closable tag. */
  upToYear?: number | null;
  onClearYear?: () => void;
  openId: number | null;
  onOpen: (id: number | null) => void;
}

/** The milestones register: the shared grid, a filter by derived status (also from the URL), a drawer per milestone. */
export function MilestonesTab({ status, onStatus, upToYear = null, onClearYear, openId, onOpen }: Props) {
  const { t } = useTranslation('roadmap');
  const links = useLinkChoices();
  const summary = useApiQuery('roadmap.milestonePage', { offset: 0, limit: 1 });
  const apply = useApiMutation('roadmap.applyMilestoneEdits');
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const columns = useMemo(() => milestoneColumns(t, links.choices), [t, links.choices]);
  const labels = useMemo(() => ({ paste: t('changeLabels.paste'), fill: t('changeLabels.fill'), clear: t('changeLabels.clear') }), [t]);
  const filters = useMemo<GridQuery['filters']>(() => {
    if (!status && upToYear === null) return undefined;
    const years = upToYear === null ? [] : yearsUpTo(upToYear);
    return { ...(status ? { derivedStatus: [status] } : {}), ...(years.length ? { year: years } : {}) };
  }, [status, upToYear]);
  const onRowOpen = useCallback((row: MilestoneGridRow) => onOpen(row.id), [onOpen]);
  const counts = summary.data?.statusCounts;
  const total = counts ? Object.values(counts).reduce((n, c) => n + c, 0) : null;
  const options = [
    { value: 'all', label: `${t('allStatuses')}${total === null ? '' : ` (${formatNumber(total, 0)})`}` },
    ...derivedStatusOrder.map((s) => ({ value: s, label: `${t(`status.${s}`)}${counts ? ` (${formatNumber(counts[s], 0)})` : ''}` })),
  ];
  return (
    <>
      <EditableGrid<MilestoneGridRow>
        gridId="roadmap-milestones"
        testId="roadmap-grid"
        ariaLabel={t('grid')}
        columns={columns}
        fetchPage={fetchPage}
        search={search}
        filters={filters}
        applyEdits={apply.mutateAsync}
        canAddRows
        rowLabel={rowLabel}
        changeLabels={labels}
        onRowOpen={onRowOpen}
        height="max(380px, calc(100vh - 360px))"
        toolbar={
          <>
            <Segmented
              data-testid="roadmap-status-filter"
              aria-label={t('statusFilter')}
              value={status ?? 'all'}
              options={options}
              onChange={(value) => onStatus(value === 'all' ? null : (value as StatusFilterValue))}
            />
            {upToYear !== null && (
              <Tag color="blue" closable onClose={onClearYear} data-testid="roadmap-up-to-year">
                {t('upToYear', { year: upToYear })}
              </Tag>
            )}
            <SearchBox testId="roadmap-grid-search" placeholder={t('search')} width={260} onSearch={setSearch} />
            <Button data-testid="roadmap-add" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('add')}
            </Button>
            {summary.data && <Typography.Text type="secondary">{t('asOf', { date: formatDate(summary.data.asOf) })}</Typography.Text>}
          </>
        }
      />
      <MilestoneDrawer id={openId} onClose={() => onOpen(null)} />
      <NewMilestoneModal open={adding} links={links.choices} onClose={() => setAdding(false)} onCreated={(id) => onOpen(id)} />
    </>
  );
}
