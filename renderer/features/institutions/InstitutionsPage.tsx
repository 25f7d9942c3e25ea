import { useMemo } from 'react';
import type { InstitutionRow } from '../../../electron/api/schemas/registers';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../components/DataGrid';
import { Page } from '../../components/Page';
import { useReference } from '../../components/useReference';
import { useServerPages } from '../../components/useServerPages';
import { institutionColumns } from './columns';

const rowId = (row: InstitutionRow) => String(row.id);

/** The institution register, read-only: paged, sorted and searched in the database. */
export function InstitutionsPage() {
  const { t } = useTranslation('institutions');
  const { name } = useReference();
  const pages = useServerPages('institutions.list');
  const columns = useMemo(() => institutionColumns(t, name), [t, name]);
  return (
    <Page name="institutions" title={t('title')} intro={t('intro')} fill>
      <DataGrid
        mode="server"
        testId="institutions-grid"
        ariaLabel={t('grid')}
        columns={columns}
        fetchPage={pages.fetchPage}
        refreshToken={pages.refreshToken}
        searchPlaceholder={t('search')}
        getRowId={rowId}
      />
    </Page>
  );
}
