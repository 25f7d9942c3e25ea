import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useErrorText } from '../../app/useErrorText';
import { type Period, yearsOf } from './view';

/** The investment-plan table of a year, written to .xlsx where the user chooses. */
export function ExportPlanButton({ period }: { period: Period }) {
  const { t } = useTranslation('capital');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const thisYear = new Date().getFullYear();
  const years = yearsOf(period);
  const [year, setYear] = useState(years.includes(thisYear) ? thisYear : years[0]!);
  const [busy, setBusy] = useState(false);
  const chosen = years.includes(year) ? year : years[0]!;
  const run = async () => {
    setBusy(true);
    try {
      const result = await api.call('capital.exportInvestmentPlan', { year: chosen });
      if (result.file) void message.success(t('export.done', { rows: result.rows, file: result.file }), 5);
    } catch (error) {
      void message.error(errorText(error), 5);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space.Compact>
      <Select aria-label={t('export.year')} data-testid="capital-export-year" value={chosen} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 90 }} />
      <Button data-testid="capital-export" icon={<FileExcelOutlined />} loading={busy} onClick={() => void run()}>
        {t('export.button')}
      </Button>
    </Space.Compact>
  );
}
