import { PlusOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { readinessBand } from '../../../electron/api/schemas/dashboard';
import type { ExportViewInput, GridQuery } from '../../../electron/api/schemas/grid';
import type { InstitutionRow } from '../../../electron/api/schemas/institutions';
import { api } from '../../api';
import { useApiMutation } from '../../app/api-hooks';
import { EditableGrid } from '../../components/grid/EditableGrid';
import { Page } from '../../components/Page';
import { INSTITUTION_CHANGE_LABELS, institutionColumns } from './columns';
import { ImportInstitutionsButton } from './import/ImportInstitutionsButton';
import { InstitutionDrawer } from './InstitutionDrawer';
import { InstitutionFilters, type InstitutionFilterValues } from './InstitutionFilters';
import { useInstitutionChoices } from './useInstitutionChoices';

const fetchPage = (query: GridQuery) => api.call('institutions.list', query);
const fetchTotals = (query: GridQuery) => api.call('institutions.totals', query);
// An export writes a file, not data: no cache to invalidate.
const exportView = (input: ExportViewInput) => api.call('institutions.exportView', input);
const rowLabel = (row: InstitutionRow) => row.code;

/** The readiness chart of the dashboard opens the register on one band of a year: #/institutions?readiness=low&readinessYear=2026. */
function readinessOf(params: URLSearchParams) {
  const band = readinessBand.safeParse(params.get('readiness'));
  const year = Number(params.get('readinessYear'));
  return band.success && Number.isInteger(year) && year >= 2020 && year <= 2035 ? { readiness: band.data, readinessYear: year } : null;
}

/** The institution register as a spreadsheet-grade grid, with filters, totals, export and a detail panel. */
export function InstitutionsPage() {
  const { t } = useTranslation('institutions');
  const choices = useInstitutionChoices();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<InstitutionFilterValues>({ typeCode: [], ownershipCode: [], status: [] });
  const [open, setOpen] = useState<number | 'new' | null>(null);
  const applyEdits = useApiMutation('institutions.applyEdits');
  const thisYear = new Date().getFullYear();
  const columns = useMemo(() => institutionColumns(t, choices, thisYear), [t, choices, thisYear]);
  const onRowOpen = useCallback((row: InstitutionRow) => setOpen(row.id), []);
  const { t: tOverview } = useTranslation('overview');
  const [params, setParams] = useSearchParams();
  const band = useMemo(() => readinessOf(params), [params]);
  const bandPage = useCallback((query: GridQuery) => (band ? api.call('dashboard.readinessInstitutions', { ...query, ...band }) : fetchPage(query)), [band]);
  const bandTotals = useCallback((query: GridQuery) => (band ? api.call('dashboard.readinessTotals', { ...query, ...band }) : fetchTotals(query)), [band]);

  return (
    <Page name="institutions" title={t('title')} intro={t('intro')} fill>
      <EditableGrid<InstitutionRow>
        gridId="institutions"
        testId="institutions-grid"
        ariaLabel={t('grid')}
        columns={columns}
        fetchPage={bandPage}
        fetchTotals={bandTotals}
        queryKey={band ? [band.readinessYear, band.readiness] : undefined}
        search={search}
        filters={filters}
        applyEdits={applyEdits.mutateAsync}
        canAddRows
        // The export covers the register's own views; a readiness band is the dashboard's, so it is not offered there.
        exportView={band ? undefined : exportView}
        onRowOpen={onRowOpen}
        rowLabel={rowLabel}
        changeLabels={INSTITUTION_CHANGE_LABELS}
        toolbar={
          <>
            <InstitutionFilters choices={choices} filters={filters} onFilters={setFilters} onSearch={setSearch} />
            {band && (
              <Tag color="blue" closable onClose={() => setParams({})} data-testid="institutions-drill-readiness">
                {tOverview('drill.readiness', { year: band.readinessYear, band: tOverview(`bands.${band.readiness}`) })}
              </Tag>
            )}
            <Button data-testid="institutions-add" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
              {t('add')}
            </Button>
            <ImportInstitutionsButton />
          </>
        }
      />
      <InstitutionDrawer open={open} choices={choices} onOpen={setOpen} onClose={() => setOpen(null)} />
    </Page>
  );
}
