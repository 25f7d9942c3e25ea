import { Alert, Checkbox, Flex, InputNumber, Select, Table, Typography } from 'antd';
import type { ImportFile, ImportLayout } from '../../../../electron/api/schemas/institution-import';
import { fill, useLocalTexts } from '../lifecycle/local-texts';
import { texts } from './texts';

interface Props {
  file: ImportFile;
  sheet: string;
  headerRow: number;
  headerRows: 1 | 2;
  layout: ImportLayout | null;
  onSheet: (name: string) => void;
  onHeader: (headerRow: number, headerRows: 1 | 2) => void;
}

type PreviewRow = { rowNumber: number; cells: string[] };

/** Which sheet, and which row holds the headers, with the sheet's first rows to judge by. */
export function SheetStep({ file, sheet, headerRow, headerRows, layout, onSheet, onHeader }: Props) {
  const tx = useLocalTexts(texts);
  const current = file.sheets.find((s) => s.name === sheet)!;
  const width = Math.max(0, ...current.previewRows.map((r) => r.cells.length));
  const isHeader = (row: number) => row >= headerRow && row < headerRow + headerRows;
  const letters = Array.from({ length: width }, (_, i) => (i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`));
  return (
    <Flex vertical gap={12} data-testid="import-step-sheet">
      <Flex gap={16} wrap align="center">
        <span>
          {tx.sheet.sheet}:{' '}
          <Select
            data-testid="import-sheet-select"
            value={sheet}
            onChange={onSheet}
            style={{ minWidth: 260 }}
            options={file.sheets.map((s) => ({
              value: s.name,
              disabled: !!s.problem,
              label: s.problem ? `${s.name} — ${fill(tx.sheet.unusable, { reason: s.problem })}` : `${s.name} (${fill(tx.sheet.rows, { count: s.rowCount.toLocaleString('vi-VN') })})`,
            }))}
          />
        </span>
        <span>
          {tx.sheet.headerRow}:{' '}
          <InputNumber data-testid="import-header-row" min={1} max={1_048_576} value={headerRow} onChange={(v) => v && onHeader(v, headerRows)} style={{ width: 90 }} />
        </span>
        <Checkbox data-testid="import-two-rows" checked={headerRows === 2} onChange={(e) => onHeader(headerRow, e.target.checked ? 2 : 1)}>
          {tx.sheet.twoRows}
        </Checkbox>
        {layout && <Typography.Text type="secondary">{fill(tx.sheet.dataStarts, { row: layout.dataStartRow })}</Typography.Text>}
      </Flex>
      {current.notes.map((note) => (
        <Alert key={note} type="info" showIcon title={note} />
      ))}
      <Typography.Text type="secondary">{tx.sheet.previewNote}</Typography.Text>
      <Table<PreviewRow>
        data-testid="import-sheet-preview"
        size="small"
        bordered
        pagination={false}
        rowKey="rowNumber"
        dataSource={current.previewRows}
        tableLayout="fixed"
        scroll={{ x: 64 + letters.length * 150, y: 380 }}
        onRow={(row) => ({
          onClick: () => onHeader(row.rowNumber, headerRows),
          style: { cursor: 'pointer', background: isHeader(row.rowNumber) ? '#e6f0fb' : undefined, fontWeight: isHeader(row.rowNumber) ? 600 : undefined, color: row.rowNumber < headerRow ? '#9ca3af' : undefined },
        })}
        columns={[
          { title: tx.sheet.row, dataIndex: 'rowNumber', width: 64, fixed: 'left' },
          ...letters.map((letter, i) => ({
            title: letter,
            key: letter,
            width: 150,
            ellipsis: true,
            render: (_: unknown, row: PreviewRow) => row.cells[i] ?? '',
          })),
        ]}
      />
    </Flex>
  );
}
