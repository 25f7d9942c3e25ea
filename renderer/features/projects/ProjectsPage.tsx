import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Tabs } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { GridQuery } from '../../../electron/api/schemas/grid';
import type { ProjectGridRow } from '../../../electron/api/schemas/projects';
import { api } from '../../api';
import { useApiMutation } from '../../app/api-hooks';
import { EditableGrid } from '../../components/grid/EditableGrid';
import { Page } from '../../components/Page';
import { projectColumns } from './columns';
import { KeyTasksTab } from './KeyTasksTab';
import { NewProjectModal } from './NewProjectModal';
import { ProjectDrawer } from './ProjectDrawer';
import { useProjectChoices } from './useProjectChoices';
import { SearchBox } from '../../components/SearchBox';

const fetchPage = (query: GridQuery) => api.call('projects.list', query);
/** The pinned row's figures keyed by column field: the total and each source's share, over the whole view. */
async function fetchTotals(query: GridQuery): Promise<Record<string, number>> {
  const totals = await api.call('projects.totals', query);
  return { totalInvestmentDong: totals.totalInvestmentDong, ...Object.fromEntries(Object.entries(totals.funding).map(([code, n]) => [`funding_${code}`, n])) };
}
const rowLabel = (row: ProjectGridRow) => row.code;

type Filters = { stageCode: string[]; groupCode: string[]; taskGroupCode: string[] };

/** The project register (editable grid, detail panel) and the province's key tasks. */
export function ProjectsPage() {
  const { t } = useTranslation('projects');
  const [tab, setTab] = useState('projects');
  return (
    <Page name="projects" title={t('title')} intro={t('intro')} fill>
      <Tabs
        data-testid="projects-tabs"
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'projects', label: t('tabs.projects'), children: <ProjectRegister /> },
          { key: 'keyTasks', label: t('tabs.keyTasks'), children: <KeyTasksTab /> },
        ]}
      />
    </Page>
  );
}

function ProjectRegister() {
  const { t } = useTranslation('projects');
  const choices = useProjectChoices();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Filters>({ stageCode: [], groupCode: [], taskGroupCode: [] });
  // ?project=<id> (from the roadmap timeline) opens that project's panel.
  const [params] = useSearchParams();
  const linked = Number(params.get('project')) || null;
  const [open, setOpen] = useState<number | null>(linked);
  useEffect(() => setOpen(linked), [linked]);
  const [adding, setAdding] = useState(false);
  const apply = useApiMutation('projects.applyEdits');
  const columns = useMemo(() => projectColumns(t, choices), [t, choices]);
  const labels = useMemo(() => ({ paste: t('changeLabels.paste'), fill: t('changeLabels.fill'), clear: t('changeLabels.clear') }), [t]);
  const onRowOpen = useCallback((row: ProjectGridRow) => setOpen(row.id), []);
  const select = (field: keyof Filters, placeholder: string, options: { value: string | number; label: string }[], width: number) => (
    <Select
      data-testid={`projects-filter-${field}`}
      aria-label={placeholder}
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      placeholder={placeholder}
      options={options.map((o) => ({ value: String(o.value), label: o.label }))}
      value={filters[field]}
      onChange={(values: string[]) => setFilters({ ...filters, [field]: values })}
      style={{ width }}
    />
  );
  return (
    <>
      <EditableGrid<ProjectGridRow>
        gridId="projects"
        testId="projects-grid"
        ariaLabel={t('grid')}
        columns={columns}
        fetchPage={fetchPage}
        fetchTotals={fetchTotals}
        search={search}
        filters={filters}
        applyEdits={apply.mutateAsync}
        canAddRows
        onRowOpen={onRowOpen}
        rowLabel={rowLabel}
        changeLabels={labels}
        height="max(380px, calc(100vh - 330px))"
        toolbar={
          <>
            <SearchBox testId="projects-grid-search" placeholder={t('search')} width={260} onSearch={setSearch} />
            {select('stageCode', t('filters.stage'), choices.stages, 170)}
            {select('groupCode', t('filters.group'), ['A', 'B', 'C'].map((g) => ({ value: g, label: g })), 130)}
            {select('taskGroupCode', t('filters.taskGroup'), choices.taskGroups.map((g) => ({ value: g.value, label: String(g.value) })), 140)}
            <Button data-testid="projects-add" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('add')}
            </Button>
          </>
        }
      />
      <ProjectDrawer id={open} choices={choices} onClose={() => setOpen(null)} />
      <NewProjectModal open={adding} onClose={() => setAdding(false)} onCreated={(id) => setOpen(id)} />
    </>
  );
}
