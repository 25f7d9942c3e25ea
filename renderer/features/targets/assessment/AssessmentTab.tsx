import { App, Button, Flex, Popconfirm, Segmented, Switch, Tag, Typography } from 'antd';
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
import { SearchBox } from '../../../components/SearchBox';

// The page's header, the tabs and the toolbar take about 265 px of the window: the grid scrolls, not the page.
const GRID_BOX = { height: 'calc(100vh - 265px)', minHeight: 420 } as const;

type StateFilter = 'all' | 'notApproved' | (typeof STATES)[number];
const NOT_APPROVED = STATES.filter((s) => s !== 'approved');

interface Props {
  year: number;
  onOpen: (institutionId: number) => void;
  /** From a link: the grid opens on this institution's row only (a closable tag says so). */
  only?: number | null;
  /** From a link: the grid opens on the returns not approved yet. */
  notApproved?: boolean;
}

/** The year's wide grid: institutions × indicators, edited like a spreadsheet, approved returns locked. */
export function AssessmentTab({ year, onOpen, only: linked = null, notApproved = false }: Props) {
  const { t } = useTranslation('targets', { keyPrefix: 'assessment' });
  const reference = useReference();
  const [search, setSearch] = useState('');
  const [state, setState] = useState<StateFilter>(notApproved ? 'notApproved' : 'all');
  const [only, setOnly] = useState<number | null>(linked);
  const [showComments, setShowComments] = useState(false);
  const indicators = useMemo(() => reference.data?.indicators ?? [], [reference.data]);
  const columns = useMemo(() => assessmentColumns(indicators, t, reference.label, showComments), [indicators, t, reference.label, showComments]);
  const filters = useMemo(() => {
    const states = state === 'all' ? [] : state === 'notApproved' ? NOT_APPROVED : [state];
    if (states.length === 0 && only === null) return undefined;
    return { ...(states.length ? { state: states } : {}), ...(only === null ? {} : { id: [only] }) };
  }, [state, only]);

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
            <SearchBox testId="assessment-search" placeholder={t('search')} width={260} onSearch={setSearch} />
            <Segmented<StateFilter>
              value={state}
              onChange={setState}
              data-testid="assessment-state-filter"
              options={[
                { value: 'all', label: t('allStates') },
                { value: 'notApproved', label: t('notApproved') },
                ...STATES.map((s) => ({ value: s, label: t(`state.${s}`) })),
              ]}
            />
            {only !== null && <OnlyTag year={year} institutionId={only} onClose={() => setOnly(null)} />}
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

/** The tag of a grid opened on one institution (from a link), named by its code; closing it shows them all. */
function OnlyTag({ year, institutionId, onClose }: { year: number; institutionId: number; onClose: () => void }) {
  const { t } = useTranslation('targets', { keyPrefix: 'assessment' });
  const row = useApiQuery('assessment.grid', { year, query: { offset: 0, limit: 1, filters: { id: [institutionId] } } });
  const code = row.data?.rows[0]?.code ?? `#${institutionId}`;
  return (
    <Tag color="blue" closable onClose={onClose} data-testid="assessment-only">
      {t('onlyInstitution', { code })}
    </Tag>
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
