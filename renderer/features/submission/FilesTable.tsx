import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { sizeText } from './links';

export interface FileRow {
  role: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

/** The files of one export: what each is, its name, size and SHA-256 (the ministry checks the package by it). */
export function FilesTable({ files, testId = 'export-files' }: { files: FileRow[]; testId?: string }) {
  const { t } = useTranslation('submission');
  return (
    <Table<FileRow>
      size="small"
      rowKey="role"
      data-testid={testId}
      pagination={false}
      dataSource={files}
      columns={[
        { key: 'role', title: t('export.role'), render: (_, f) => t(`export.roles.${f.role}`, { defaultValue: f.role }), width: 190 },
        { key: 'name', title: t('export.fileName'), dataIndex: 'fileName' },
        { key: 'size', title: t('export.size'), align: 'right', width: 100, render: (_, f) => sizeText(f.sizeBytes) },
        {
          key: 'sha',
          title: 'SHA-256',
          render: (_, f) => (
            <Typography.Text code copyable={{ text: f.sha256 }} style={{ fontSize: 11 }} data-testid="file-sha256">
              {f.sha256}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
