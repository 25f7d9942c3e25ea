import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { APP_FONT } from './app-font';
import type { ChartOption } from './chart-types';

// Only what the app draws is registered, so the bundle stays small. SVG keeps text crisp in screenshots and
// printed pages, and leaves labels in the DOM where tests can read them.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

// Starts with the app's primary blue; muted enough for print, distinct enough for six capital sources.
const PALETTE = ['#1f5fa8', '#52a36b', '#e3a33b', '#7b5ea7', '#d0604d', '#4fa3b8', '#8c8c8c'];

interface ChartProps {
  option: ChartOption;
  testId: string;
  /** What the chart shows, for screen readers (the SVG itself is not described). */
  ariaLabel: string;
  height?: number;
}

export function Chart({ option, testId, ariaLabel, height = 320 }: ChartProps) {
  const withDefaults = useMemo(() => ({ textStyle: { fontFamily: APP_FONT }, color: PALETTE, ...option }), [option]);
  return (
    <div data-testid={testId} role="img" aria-label={ariaLabel}>
      <ReactEChartsCore echarts={echarts} option={withDefaults} notMerge lazyUpdate opts={{ renderer: 'svg' }} style={{ height }} />
    </div>
  );
}
