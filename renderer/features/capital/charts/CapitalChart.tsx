import { TreemapChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { APP_FONT } from '../../../components/app-font';
import type { CapitalChartOption } from './chart-options';

// The shared Chart registers bar, line and pie; the capital page also draws a treemap, and every capital chart
// answers clicks (the shared wrapper passes no events). Registration is global to echarts/core, so this adds to
// what the shared wrapper registered instead of replacing it.
echarts.use([TreemapChart]);

const PALETTE = ['#1f5fa8', '#52a36b', '#e3a33b', '#7b5ea7', '#d0604d', '#4fa3b8', '#8c8c8c'];

export interface ChartClick {
  seriesName?: string;
  seriesId?: string;
  name?: string;
  dataIndex?: number;
  data?: unknown;
}

interface Props {
  option: CapitalChartOption;
  testId: string;
  ariaLabel: string;
  height?: number;
  onClick: (event: ChartClick) => void;
}

export function CapitalChart({ option, testId, ariaLabel, height = 320, onClick }: Props) {
  const withDefaults = useMemo(() => ({ textStyle: { fontFamily: APP_FONT }, color: PALETTE, ...option }), [option]);
  const events = useMemo(() => ({ click: (event: ChartClick) => onClick(event) }), [onClick]);
  return (
    <div data-testid={testId} role="img" aria-label={ariaLabel} style={{ cursor: 'pointer' }}>
      <ReactEChartsCore echarts={echarts} option={withDefaults} notMerge lazyUpdate opts={{ renderer: 'svg' }} style={{ height }} onEvents={events} />
    </div>
  );
}
