import { Alert, Card, Checkbox, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntryCellDiff, EntryInstitutionDiff } from '../../../../electron/api/schemas/assessment';
import { formatNumber } from '../../../../electron/api/text/format';
import { useLabel } from '../../../i18n/useLabel';
import { acceptable, type Selection, withCells, withInstitution } from './diff-selection';

interface Props {
  institutions: EntryInstitutionDiff[];
  selection: Selection;
  /** Cells already taken in ("institutionId|code"): shown as done, no longer tickable. */
  applied: ReadonlySet<string>;
  onChange: (selection: Selection) => void;
}

const stateColor = { none: 'default', draft: 'processing', submitted: 'warning', approved: 'success' } as const;

/** Per institution, every cell the workbook changes (old → new), ticked per institution or per cell. */
export function EntryDiff({ institutions, selection, applied, onChange }: Props) {
  const { t } = useTranslation('targets');
  const label = useLabel();
  const shown = (cell: EntryCellDiff, value: number | null) =>
    value === null ? t('workbooks.blank') : cell.unit === 'yesno' ? t(value === 1 ? 'assessment.yes' : 'assessment.no') : formatNumber(value, 0);

  return (
    <Flex vertical gap={12} data-testid="entry-diff">
      {institutions.map((institution) => {
        const id = institution.institutionId;
        const open = acceptable(institution).filter((code) => !applied.has(`${id}|${code}`));
        const chosen = selection.get(id) ?? new Set<string>();
        return (
          <Card
            key={id}
            size="small"
            data-testid={`diff-${institution.code}`}
            title={
              <Flex gap={8} align="center" wrap>
                <Checkbox
                  disabled={open.length === 0}
                  checked={open.length > 0 && chosen.size === open.length}
                  indeterminate={chosen.size > 0 && chosen.size < open.length}
                  onChange={(e) => onChange(withInstitution(selection, institution, e.target.checked, applied))}
                  data-testid={`diff-select-${institution.code}`}
                />
                <span>
                  {institution.code} — {institution.name}
                </span>
                <Tag color={stateColor[institution.state]}>{t(`assessment.state.${institution.state}`)}</Tag>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
                  {t('workbooks.file', { file: institution.file })}
                </Typography.Text>
              </Flex>
            }
            extra={institution.cells.length ? t('workbooks.cellsChanged', { count: institution.cells.length }) : null}
          >
            {institution.locked && <Alert type="warning" showIcon title={institution.locked} style={{ marginBottom: 8 }} />}
            {institution.cells.length === 0 ? (
              <Typography.Text type="secondary">{t('workbooks.noChanges')}</Typography.Text>
            ) : (
              <Table<EntryCellDiff>
                size="small"
                pagination={false}
                rowKey="indicatorCode"
                dataSource={institution.cells}
                rowSelection={{
                  selectedRowKeys: [...chosen],
                  hideSelectAll: true,
                  getCheckboxProps: (cell) => ({
                    disabled: !open.includes(cell.indicatorCode),
                    'data-testid': `diff-cell-${institution.code}-${cell.indicatorCode}`,
                  }) as object,
                  onChange: (keys) => onChange(withCells(selection, id, keys.map(String))),
                }}
                columns={[
                  { title: t('workbooks.columns.indicator'), render: (_: unknown, cell) => label(cell) },
                  {
                    title: `${t('workbooks.columns.old')} → ${t('workbooks.columns.new')}`,
                    width: 190,
                    render: (_: unknown, cell) =>
                      cell.oldValue === cell.newValue && !cell.problem ? (
                        shown(cell, cell.newValue)
                      ) : (
                        <span>
                          <Typography.Text type="secondary" delete={cell.problem === null}>
                            {shown(cell, cell.oldValue)}
                          </Typography.Text>
                          {' → '}
                          <Typography.Text strong type={cell.problem ? 'danger' : undefined}>
                            {cell.problem && cell.newValue === null ? '—' : shown(cell, cell.newValue)}
                          </Typography.Text>
                        </span>
                      ),
                  },
                  {
                    title: t('workbooks.columns.comment'),
                    width: 260,
                    render: (_: unknown, cell) =>
                      cell.oldComment === cell.newComment ? (
                        (cell.newComment ?? '')
                      ) : (
                        <span>
                          {cell.oldComment && <Typography.Text delete type="secondary">{cell.oldComment} </Typography.Text>}
                          <Typography.Text>{cell.newComment ?? t('workbooks.blank')}</Typography.Text>
                        </span>
                      ),
                  },
                  {
                    title: t('workbooks.columns.note'),
                    width: 260,
                    render: (_: unknown, cell) =>
                      applied.has(`${id}|${cell.indicatorCode}`) ? (
                        <Tag color="success">{t('workbooks.taken')}</Tag>
                      ) : cell.problem ? (
                        <Typography.Text type="danger">{cell.problem}</Typography.Text>
                      ) : cell.warning ? (
                        <Typography.Text type="warning">{cell.warning}</Typography.Text>
                      ) : null,
                  },
                ]}
              />
            )}
          </Card>
        );
      })}
    </Flex>
  );
}
