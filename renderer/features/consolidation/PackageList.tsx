import { DeleteOutlined } from '@ant-design/icons';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { App, Button, Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsolidationPackage } from '../../../electron/api/schemas/consolidation';
import { useApiMutation, useApiQuery } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { DataGrid } from '../../components/DataGrid';
import { QueryView } from '../../components/QueryView';
import { packageColumns } from './columns';

/** The packages the open file holds, with the 34-unit province each rolls up into; one can be removed (undoable). */
export function PackageList() {
  const { t } = useTranslation('consolidation');
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const list = useApiQuery('consolidation.list', {});
  const remove = useApiMutation('consolidation.remove');

  const columns = useMemo((): ColDef<ConsolidationPackage>[] => {
    const confirmRemove = (row: ConsolidationPackage) =>
      modal.confirm({
        title: t('list.removeConfirm', { province: row.provinceName, year: row.year }),
        okText: t('list.remove'),
        okButtonProps: { danger: true },
        onOk: async () => {
          try {
            await remove.mutateAsync({ id: row.id });
            void message.success(t('list.removed', { province: row.provinceName, year: row.year }));
          } catch (failure) {
            void message.error(errorText(failure));
          }
        },
      });
    return [
      ...packageColumns(t),
      {
        colId: 'actions',
        headerName: '',
        width: 90,
        sortable: false,
        cellRenderer: (p: ICellRendererParams<ConsolidationPackage>) =>
          p.data ? (
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('list.remove')} data-testid={`package-remove-${p.data.id}`} onClick={() => confirmRemove(p.data!)}>
              {t('list.remove')}
            </Button>
          ) : null,
      },
    ];
  }, [t, modal, remove, message, errorText]);

  return (
    <Card size="small" title={t('list.title')} data-testid="consolidation-packages">
      <QueryView query={list}>
        {(data) =>
          data.packages.length === 0 ? (
            <Typography.Text type="secondary">{t('list.empty')}</Typography.Text>
          ) : (
            <DataGrid mode="client" testId="consolidation-package-grid" ariaLabel={t('list.grid')} columns={columns} rows={data.packages} getRowId={(r) => String(r.id)} showTotal />
          )
        }
      </QueryView>
    </Card>
  );
}
