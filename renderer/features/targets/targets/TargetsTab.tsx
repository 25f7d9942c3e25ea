import { PlusOutlined } from '@ant-design/icons';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetDetail } from '../../../../electron/api/schemas/assessment';
import { formatNumber } from '../../../../electron/api/text/format';
import { useApiQuery } from '../../../app/api-hooks';
import { DataGrid } from '../../../components/DataGrid';
import { QueryView } from '../../../components/QueryView';
import { useReference } from '../../../components/useReference';
import { targetColumns } from './columns';
import { TargetEditor } from './TargetEditor';
import { groupTargets } from './target-values';

const rowId = (row: TargetDetail) => String(row.id);

/**
 * National and provincial targets by group, with their yearly values; each opens an editor. A link may name one
 * target (`openId`, with the `year` it is about): its editor opens once the list is in.
 */
export function TargetsTab({ openId = null, year = null }: { openId?: number | null; year?: number | null }) {
  const { t } = useTranslation('targets', { keyPrefix: 'targets' });
  const targets = useApiQuery('targets.listDetails', {});
  const [editing, setEditing] = useState<TargetDetail | 'new' | null>(null);
  const [pending, setPending] = useState(openId);
  useEffect(() => {
    const found = pending === null ? undefined : targets.data?.find((x) => x.id === pending);
    if (!found) return;
    setEditing(found);
    setPending(null);
  }, [pending, targets.data]);
  const linked = editing !== null && editing !== 'new' && editing.id === openId;
  return (
    <>
      <QueryView query={targets}>
        {(rows) => (rows.length === 0 ? <Empty description={t('empty')} /> : <TargetGroups targets={rows} onEdit={setEditing} onAdd={() => setEditing('new')} />)}
      </QueryView>
      {editing && (
        <TargetEditor target={editing === 'new' ? null : editing} targets={targets.data ?? []} onClose={() => setEditing(null)} neededYear={linked ? year : null} />
      )}
    </>
  );
}

function TargetGroups({ targets, onEdit, onAdd }: { targets: TargetDetail[]; onEdit: (t: TargetDetail) => void; onAdd: () => void }) {
  const { t } = useTranslation('targets', { keyPrefix: 'targets' });
  const reference = useReference();
  const { label } = reference;
  const edit = useMemo(
    (): ColDef<TargetDetail> => ({
      colId: 'actions',
      headerName: '',
      width: 64,
      sortable: false,
      // Always in reach, however wide the table scrolls.
      pinned: 'right',
      cellRenderer: (p: ICellRendererParams<TargetDetail>) =>
        p.data ? (
          <Button size="small" type="link" data-testid={`edit-target-${p.data.code}`} onClick={() => onEdit(p.data!)}>
            {t('edit')}
          </Button>
        ) : null,
    }),
    [t, onEdit],
  );
  const columns = useMemo(() => targetColumns(t, label, edit), [t, label, edit]);
  const sections = groupTargets(targets, reference.data?.targetGroups ?? []);
  const national = targets.filter((target) => target.scope === 'national').length;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Text data-testid="targets-counts">
          {t('counts', { national: formatNumber(national, 0), provincial: formatNumber(targets.length - national, 0) })}
        </Typography.Text>
        <Button icon={<PlusOutlined />} onClick={onAdd} data-testid="add-target">
          {t('add')}
        </Button>
      </Flex>
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
