import type { AttainmentSeries } from '../../../../electron/api/schemas/assessment';
import { formatPercent } from '../../../../electron/api/text/format';
import type { ChartOption } from '../../../components/chart-types';

export interface AttainmentChartLabels {
  actual: string;
  target: string;
}

const percentLabel = (value: unknown) => (typeof value === 'number' ? formatPercent(value, 1) : '');

/** One target over the years: attainment as bars, the year's target as a line (dashed where interpolated). */
export function attainmentOption(series: AttainmentSeries['targets'][number], labels: AttainmentChartLabels): ChartOption {
  const years = series.points.map((p) => String(p.year));
  return {
    grid: { left: 16, right: 24, top: 36, bottom: 40, containLabel: true },
    legend: { bottom: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: percentLabel,
    },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => formatPercent(v, 0) } },
    series: [
      {
        type: 'bar',
        name: labels.actual,
        barMaxWidth: 36,
        data: series.points.map((p) => p.percent),
        label: { show: true, position: 'top', formatter: (p: { value?: unknown }) => percentLabel(p.value) },
      },
      {
        type: 'line',
        name: labels.target,
        connectNulls: true,
        symbolSize: 7,
        data: series.points.map((p) => ({
          value: p.target,
          // An interpolated year's point is hollow: the planner sees which targets come from a document or the trajectory.
          symbol: p.targetSource === 'interpolated' ? 'emptyCircle' : 'circle',
        })),
        lineStyle: { color: '#d0604d' },
        itemStyle: { color: '#d0604d' },
      },
    ],
  };
}
