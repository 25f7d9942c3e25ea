import type { ChartOption } from '../../components/chart-types';
import { millionsLabel } from '../../components/chart-types';
import type { SourceRow } from './matrix';

export interface StackedSourcesLabels {
  /** Name of each source code, in the UI language. */
  source: (code: string) => string;
  unit: string;
}

/** One stacked bar per year, one segment per capital source with money in it; values in đồng. */
export function stackedSourcesOption(rows: readonly SourceRow[], sources: readonly string[], labels: StackedSourcesLabels): ChartOption {
  const used = sources.filter((code) => rows.some((row) => (row.bySource[code] ?? 0) > 0));
  return {
    grid: { left: 16, right: 16, top: 40, bottom: 56, containLabel: true },
    legend: { bottom: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: millionsLabel },
    xAxis: { type: 'category', data: rows.map((row) => String(row.year)) },
    yAxis: { type: 'value', name: labels.unit, axisLabel: { formatter: millionsLabel } },
    series: used.map((code) => ({
      type: 'bar',
      name: labels.source(code),
      stack: 'sources',
      emphasis: { focus: 'series' },
      data: rows.map((row) => row.bySource[code] ?? 0),
    })),
  };
}
