import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatMillions, formatNumber } from '../../electron/api/text/format';

/** The options the registered charts and components accept; feature folders build them with pure functions. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

const numeric = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** Axis labels and tooltips of money series: values in đồng, printed in triệu đồng the Vietnamese way. */
export const millionsLabel = (value: unknown): string => formatMillions(numeric(value));
export const integerLabel = (value: unknown): string => formatNumber(numeric(value), 0);
