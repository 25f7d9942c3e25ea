import { TreemapChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { Chart, type ChartClick } from '../../../components/Chart';
import type { CapitalChartOption } from './chart-options';

// The shared Chart registers bar, line and pie; the capital page also draws a treemap. Registration is global to
// echarts/core, so this adds to what the shared wrapper registered instead of replacing it.
echarts.use([TreemapChart]);

export type { ChartClick };

interface Props {
  option: CapitalChartOption;
  testId: string;
  ariaLabel: string;
  height?: number;
  onClick: (event: ChartClick) => void;
}

/** A capital chart: the shared chart (clicks, save as picture, Vietnamese formats) with the treemap registered. */
export function CapitalChart(props: Props) {
  return <Chart {...props} />;
}
