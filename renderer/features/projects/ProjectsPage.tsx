import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectRow } from '../../../electron/api/schemas/registers';
import { DataGrid } from '../../components/DataGrid';
import { Page } from '../../components/Page';
import { useReference } from '../../components/useReference';
import { useServerPages } from '../../components/useServerPages';
import { projectColumns } from './columns';

const rowId = (row: ProjectRow) => String(row.id);

/** The project register, read-only: paged, sorted and searched in the database. */
export function ProjectsPage() {
  const { t } = useTranslation('projects');
  const { name } = useReference();
  const pages = useServerPages('projects.list');
  const columns = useMemo(() => projectColumns(t, name), [t, name]);
  return (
    <Page name="projects" title={t('title')} intro={t('intro')} fill>
      <DataGrid
        mode="server"
        testId="projects-grid"
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
