import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography } from 'antd';
import type { ImportFile } from '../../../../electron/api/schemas/institution-import';
import { fill, useLocalTexts } from '../lifecycle/local-texts';
import { texts } from './texts';
import type { Progress as ReadProgress } from '../../../app/useJobProgress';

interface Props {
  file: ImportFile | null;
  reading: boolean;
  progress: ReadProgress | null;
  error: string | null;
  notice: string | null;
  onChoose: () => void;
}

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function ChooseFileStep({ file, reading, progress, error, notice, onChoose }: Props) {
  const tx = useLocalTexts(texts);
  return (
    <Flex vertical gap={16} data-testid="import-step-file">
      <Typography.Paragraph style={{ margin: 0 }}>{tx.file.intro}</Typography.Paragraph>
      <Typography.Text type="secondary">{tx.file.limits}</Typography.Text>
      <div>
        <Button type="primary" icon={<FileExcelOutlined />} loading={reading} onClick={onChoose} data-testid="import-choose-file">
          {tx.file.choose}
        </Button>
      </div>
      {reading && (
        <div data-testid="import-progress">
          <Typography.Text>{progress?.label ?? tx.file.reading}</Typography.Text>
          <Progress percent={progress ? Math.round((progress.done / Math.max(1, progress.total)) * 100) : 5} status="active" />
        </div>
      )}
      {error && <Alert type="error" showIcon title={error} data-testid="import-error" />}
      {notice && !error && <Alert type="info" showIcon title={notice} />}
      {file && !reading && !error && (
        <Alert type="success" showIcon title={fill(tx.file.chosen, { name: file.fileName, size: size(file.sizeBytes), sheets: file.sheets.length })} />
      )}
    </Flex>
  );
}
