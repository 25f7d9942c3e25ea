import { App, Button, Flex, Input, Popconfirm, Segmented, Switch, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRow } from '../../../../electron/api/schemas/assessment';
import type { ApplyEditsInput, GridQuery } from '../../../../electron/api/schemas/grid';
import { api } from '../../../api';
import { useApiMutation, useApiQuery } from '../../../app/api-hooks';
import { useErrorText } from '../../../app/useErrorText';
import { EditableGrid } from '../../../components/grid/EditableGrid';
import { useReference } from '../../../components/useReference';
import { assessmentColumns, STATES } from './assessment-columns';
import { toGridResult, toValueEdits } from './grid-edits';

// The page's header, the tabs and the toolbar take about 265 px of the window: the grid scrolls, not the page.
const GRID_BOX = { height: 'calc(100vh - 265px)', minHeight: 420 } as const;

type StateFilter = 'all' | (typeof STATES)[number];

interface Props {
  year: number;
  onOpen: (institutionId: number) => void;
}

/** The year's wide grid: institutions × indicators, edited like a spreadsheet, approved returns locked. */
export function AssessmentTab({ year, onOpen }: Props) {
  const { t } = useTranslation('targets', { keyPrefix: 'assessment' });
  const reference = useReference();
  const [search, setSearch] = useState('');
  const [state, setState] = useState<StateFilter>('all');
  const [showComments, setShowComments] = useState(false);
  const indicators = useMemo(() => reference.data?.indicators ?? [], [reference.data]);
  const columns = useMemo(() => assessmentColumns(indicators, t, reference.label, showComments), [indicators, t, reference.label, showComments]);
  const filters = useMemo(() => (state === 'all' ? undefined : { state: [state] }), [state]);

  const fetchPage = useCallback((query: GridQuery) => api.call('assessment.grid', { year, query }), [year]);
  const applyEdits = useCallback(
    async (input: ApplyEditsInput) => {
      const { edits, commentOnly } = toValueEdits(input);
      const result = await api.call('assessment.applyEdits', { year, edits, ...(input.label ? { label: input.label } : {}) });
      return toGridResult(result, commentOnly);
    },
    [year],
  );
  const openRow = useCallback((row: AssessmentRow) => onOpen(row.id), [onOpen]);
  const changeLabels = useMemo(
    () => ({ paste: `Dán {n} ô vào đánh giá năm ${year}`, fill: `Điền xuống {n} ô, đánh giá năm ${year}`, clear: `Xóa {n} ô, đánh giá năm ${year}` }),
    [year],
  );

  return (
    <Flex vertical gap={8} style={GRID_BOX}>
      <Typography.Text type="secondary">{t('openHint')}</Typography.Text>
      <EditableGrid<AssessmentRow>
        gridId="assessment"
        testId="assessment-grid"
        ariaLabel={t('grid', { year })}
        queryKey={[year]}
        columns={columns}
        fetchPage={fetchPage}
        applyEdits={applyEdits}
        search={search}
        filters={filters}
        onRowOpen={openRow}
        rowLabel={(row) => row.code}
        changeLabels={changeLabels}
        toolbar={
          <Flex gap={12} align="center" wrap>
            <Input.Search allowClear placeholder={t('search')} style={{ width: 260 }} onSearch={setSearch} data-testid="assessment-search" />
            <Segmented<StateFilter>
              value={state}
              onChange={setState}
              data-testid="assessment-state-filter"
              options={[{ value: 'all', label: t('allStates') }, ...STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))]}
            />
            <Flex gap={6} align="center">
              <Switch size="small" checked={showComments} onChange={setShowComments} data-testid="assessment-show-comments" />
              <span>{t('showComments')}</span>
            </Flex>
            <BulkApprove year={year} />
          </Flex>
        }
      />
    </Flex>
  );
}

/** Approves every return the institutions have submitted for the year, in one recorded change. */
function BulkApprove({ year }: { year: number }) {
  const { t } = useTranslation('targets', { keyPrefix: 'assessment' });
  const { message } = App.useApp();
  const errorText = useErrorText();
  const submitted = useApiQuery('assessment.grid', { year, query: { offset: 0, limit: 500, filters: { state: ['submitted'] } } });
  const setState = useApiMutation('assessment.setState');
  const ids = submitted.data?.rows.map((r) => r.id) ?? [];
  if (ids.length === 0) return null;
  return (
    <Popconfirm
      title={t('bulkApproveConfirm', { count: ids.length, year })}
      onConfirm={() =>
        setState.mutate(
          { year, institutionIds: ids, state: 'approved' },
          {
            onSuccess: (r) => void message.success(t('actions.done', { count: r.changed.length, state: t('state.approved') })),
            onError: (e) => void message.error(errorText(e), 6),
          },
        )
      }
    >
      <Button loading={setState.isPending} data-testid="bulk-approve">
        {t('bulkApprove', { count: ids.length })}
      </Button>
    </Popconfirm>
  );
}
