import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import langVI from 'echarts/i18n/langVI-obj.js';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useReducedMotion } from '../app/useReducedMotion';
import { APP_FONT } from './app-font';
import { withVietnameseNumbers } from './chart-defaults';
import { ChartSaveMenu } from './ChartSaveMenu';

// Only what the app draws is registered, so the bundle stays small. SVG keeps text crisp in screenshots and
// printed pages, and leaves labels in the DOM where tests can read them.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);
// Vietnamese words inside ECharts itself (legend selector, month names of time axes, its aria description).
echarts.registerLocale('VI', langVI);

// Starts with the app's primary blue; muted enough for print, distinct enough for six capital sources.
const PALETTE = ['#1f5fa8', '#52a36b', '#e3a33b', '#7b5ea7', '#d0604d', '#4fa3b8', '#8c8c8c'];

/** What a click on a chart element reports (ECharts' event, the fields the app reads). */
export interface ChartClick {
  componentType?: string;
  seriesName?: string;
  seriesId?: string;
  seriesIndex?: number;
  name?: string;
  dataIndex?: number;
  data?: unknown;
  value?: unknown;
}

interface ChartProps {
  /** Any registered chart's option (features register more series types, e.g. the capital treemap). */
  option: EChartsCoreOption;
  testId: string;
  /** What the chart shows, for screen readers (the SVG itself is not described). */
  ariaLabel: string;
  height?: number;
  /** A click on a bar, point or slice: pages open the grid behind it (drill-down). */
  onClick?: (event: ChartClick) => void;
  /** Printed above the chart in a saved picture, and the suggested file name; default: the aria label. */
  title?: string;
  /** Offer "save as PNG / SVG" (default on). */
  saveable?: boolean;
}

export function Chart({ option, testId, ariaLabel, height = 320, onClick, title, saveable = true }: ChartProps) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'EN' : 'VI';
  const box = useRef<HTMLDivElement>(null);
  const reducedMotion = useReducedMotion();
  const withDefaults = useMemo(
    () => withVietnameseNumbers({ textStyle: { fontFamily: APP_FONT }, color: PALETTE, ...option, ...(reducedMotion ? { animation: false } : {}) }),
    [option, reducedMotion],
  );
  // `data-drawn` says when ECharts has finished drawing and animating the current option: a person clicks a bar
  // once it stands still, and tests wait for the same moment instead of guessing from pixel positions.
  useLayoutEffect(() => {
    if (box.current) box.current.dataset.drawn = 'false';
  }, [withDefaults]);
  const events = useMemo(
    () => ({
      finished: () => {
        if (box.current) box.current.dataset.drawn = 'true';
      },
      ...(onClick ? { click: (event: ChartClick) => onClick(event) } : {}),
    }),
    [onClick],
  );
  return (
    <div style={{ position: 'relative' }}>
      <div ref={box} data-testid={testId} role="img" aria-label={ariaLabel} style={onClick ? { cursor: 'pointer' } : undefined}>
        <ReactEChartsCore
          // A new locale needs a new instance: ECharts reads it at init only.
          key={locale}
          echarts={echarts}
          option={withDefaults}
          notMerge
          lazyUpdate
          opts={{ renderer: 'svg', locale }}
          style={{ height }}
          onEvents={events}
        />
      </div>
      {saveable && (
        <div style={{ position: 'absolute', top: 0, right: 0 }}>
          <ChartSaveMenu option={withDefaults} box={() => box.current} title={title} fileName={title ?? ariaLabel} locale={locale} testId={testId} />
        </div>
      )}
    </div>
  );
}
