import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useErrorText } from '../app/useErrorText';
import { APP_FONT } from './app-font';
import { chartSvg, svgToPng } from './chart-image';

// The shared chart's own words (it belongs to no feature's namespace).
const texts = {
  vi: { save: 'Lưu biểu đồ', png: 'Lưu ảnh PNG…', svg: 'Lưu ảnh SVG (vector)…', saved: 'Đã lưu ảnh biểu đồ: {{file}}' },
  en: { save: 'Save chart', png: 'Save as PNG…', svg: 'Save as SVG (vector)…', saved: 'Chart image saved: {{file}}' },
};

interface Props {
  option: EChartsCoreOption;
  /** The element the chart is drawn in: its size is the picture's size. */
  box: () => HTMLElement | null;
  title: string | undefined;
  fileName: string;
  locale: string;
  testId: string;
}

/** A small menu on a chart: save it as PNG or SVG where the user chooses (the host's dialog; the page names no path). */
export function ChartSaveMenu({ option, box, title, fileName, locale, testId }: Props) {
  const { i18n } = useTranslation();
  const words = texts[i18n.language === 'en' ? 'en' : 'vi'];
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);

  const save = async (format: 'png' | 'svg') => {
    setBusy(true);
    try {
      const rect = box()?.getBoundingClientRect();
      const size = { width: Math.max(320, Math.round(rect?.width ?? 800)), height: Math.max(200, Math.round(rect?.height ?? 320)) };
      const picture = chartSvg(option, size, title, APP_FONT, locale);
      const image = format === 'svg' ? { format, svg: picture.svg } : { format, dataUrl: await svgToPng(picture) };
      const result = await api.call('charts.saveImage', { image, suggestedName: fileName });
      if (result.file) void message.success(words.saved.replace('{{file}}', result.file), 5);
    } catch (error) {
      void message.error(errorText(error), 6);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'png', label: <span data-testid={`${testId}-save-png`}>{words.png}</span> },
          { key: 'svg', label: <span data-testid={`${testId}-save-svg`}>{words.svg}</span> },
        ],
        onClick: ({ key }) => void save(key as 'png' | 'svg'),
      }}
    >
      <Button size="small" type="text" icon={<DownloadOutlined />} loading={busy} aria-label={words.save} title={words.save} data-testid={`${testId}-save`} />
    </Dropdown>
  );
}
