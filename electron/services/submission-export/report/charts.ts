import { Resvg } from '@resvg/resvg-js';
import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption, LegendComponent, type LegendComponentOption } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { formatNumber } from '../../../api/text/format';
import type { ReportChart } from './model-types';

// Charts drawn by ECharts' server-side renderer (no DOM, no canvas): SVG for the HTML that prints to PDF, and the
// same SVG rasterised by resvg into PNG for the .docx. Serif type to sit with the Times New Roman body; where Times
// New Roman is missing (Linux), Liberation Serif has the same metrics.

use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

type Option = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption>;

export const CHART_FONT = "'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif";
/** CSS pixels: 165 mm (the A4 text width with 30/15 mm margins) is 624 px at 96 dpi. */
export const CHART_SIZE = { width: 620, height: 300 } as const;
// Sober colours that stay apart when printed in grey: dark blue, mid grey, light blue, sand, green, brick.
const PALETTE = ['#1f4e79', '#8c8c8c', '#5b9bd5', '#c9a66b', '#70ad47', '#a5473d'];

export function chartOption(chart: ReportChart): Option {
  const percent = chart.unit === '%';
  const label = (value: number) => (percent ? formatNumber(value, 1) : formatNumber(value, 0));
  return {
    animation: false,
    backgroundColor: '#ffffff',
    color: PALETTE,
    textStyle: { fontFamily: CHART_FONT, fontSize: 13, color: '#000000' },
    legend: { bottom: 0, textStyle: { fontFamily: CHART_FONT, fontSize: 13 } },
    grid: { left: 12, right: 16, top: 30, bottom: 40, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: { type: 'category', data: chart.categories, axisLabel: { fontFamily: CHART_FONT, fontSize: 13, color: '#000000' } },
    yAxis: {
      type: 'value',
      name: chart.unit,
      nameTextStyle: { fontFamily: CHART_FONT, fontSize: 12, color: '#000000' },
      ...(percent ? { max: 100 } : {}),
      axisLabel: { fontFamily: CHART_FONT, fontSize: 12, color: '#000000', formatter: (value: number) => formatNumber(value, 0) },
    },
    series: chart.series.map((series) =>
      series.kind === 'line'
        ? {
            type: 'line' as const,
            name: series.name,
            data: series.values,
            symbolSize: 7,
            lineStyle: { width: 2, color: '#000000' },
            itemStyle: { color: '#000000' },
          }
        : {
            type: 'bar' as const,
            name: series.name,
            data: series.values,
            ...(series.stack ? { stack: series.stack } : {}),
            barMaxWidth: 42,
            label: {
              show: percent,
              position: 'top' as const,
              fontFamily: CHART_FONT,
              fontSize: 11,
              formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? label(p.value) : ''),
            },
          },
    ),
  };
}

/** The chart as a standalone SVG document (width and height in px, with a viewBox). */
export function chartSvg(chart: ReportChart, size: { width: number; height: number } = CHART_SIZE): string {
  const instance = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption(chartOption(chart));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/** The SVG rasterised at `scale`× for print (2× of 620 px is ~190 dpi across 165 mm). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Serif', serifFamily: 'Times New Roman' },
  });
  return Buffer.from(resvg.render().asPng());
}
