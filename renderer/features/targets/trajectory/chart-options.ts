import type { Trajectory } from '../../../../electron/api/schemas/dashboard';
import { formatPercent } from '../../../../electron/api/text/format';
import type { ChartOption } from '../../../components/chart-types';

export interface TrajectoryLabels {
  actual: string;
  national: string;
  provincial: string;
  projected: string;
}

const ACTUAL = '#1f5fa8';
const NATIONAL = '#8c8c8c';
const PROVINCIAL = '#d0604d';
const percentLabel = (value: unknown) => (typeof value === 'number' ? formatPercent(value, 1) : '—');

type Point = Trajectory['points'][number];
type Source = Point['nationalSource'];

/** A target line: points set by a document or the planner's trajectory are full, interpolated ones hollow. */
const targetData = (points: readonly Point[], value: (p: Point) => number | null, source: (p: Point) => Source) =>
  points.map((p) => ({ value: value(p), symbol: source(p) === 'interpolated' ? 'emptyCircle' : 'circle' }));

/**
 * One target over 2022–2030: the province's attainment (solid), the national and provincial targets, and the
 * projection (dashed) from the trend's value in the last measured year to 2030, labelled at 2030.
 */
export function trajectoryOption(trajectory: Trajectory, labels: TrajectoryLabels): ChartOption {
  const points = trajectory.points;
  const has = (value: (p: Point) => number | null) => points.some((p) => value(p) !== null);
  const last = points.length - 1;
  const series: NonNullable<ChartOption['series']> = [];
  if (has((p) => p.national)) {
    series.push({ type: 'line', id: 'national', name: labels.national, connectNulls: true, symbolSize: 7, color: NATIONAL, lineStyle: { width: 1.5, color: NATIONAL }, itemStyle: { color: NATIONAL }, data: targetData(points, (p) => p.national, (p) => p.nationalSource) });
  }
  if (has((p) => p.provincial)) {
    series.push({ type: 'line', id: 'provincial', name: labels.provincial, connectNulls: true, symbolSize: 7, color: PROVINCIAL, lineStyle: { width: 2, color: PROVINCIAL }, itemStyle: { color: PROVINCIAL }, data: targetData(points, (p) => p.provincial, (p) => p.provincialSource) });
  }
  series.push({
    type: 'line',
    id: 'actual',
    name: labels.actual,
    symbol: 'circle',
    symbolSize: 8,
    color: ACTUAL,
    lineStyle: { width: 3, color: ACTUAL },
    itemStyle: { color: ACTUAL },
    data: points.map((p) => p.actual),
    label: { show: true, position: 'top', formatter: (p: { value?: unknown }) => percentLabel(p.value), fontSize: 11 },
    z: 4,
  });
  if (has((p) => p.projected)) {
    series.push({
      type: 'line',
      id: 'projected',
      name: labels.projected,
      color: ACTUAL,
      lineStyle: { width: 2, type: 'dashed', color: ACTUAL },
      itemStyle: { color: ACTUAL },
      // Only the 2030 end of the trend gets a marker and a label: it is the figure the flag speaks of.
      data: points.map((p, i) => ({ value: p.projected, symbol: i === last ? 'circle' : 'none', symbolSize: 9 })),
      label: { show: true, position: 'right', formatter: (p: { dataIndex: number; value?: unknown }) => (p.dataIndex === last ? percentLabel(p.value) : ''), fontWeight: 600 },
      z: 3,
    });
  }
  return {
    grid: { left: 8, right: 48, top: 24, bottom: 40, containLabel: true },
    legend: { bottom: 0 },
    tooltip: { trigger: 'axis', valueFormatter: percentLabel },
    xAxis: { type: 'category', boundaryGap: false, data: points.map((p) => String(p.year)) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => formatPercent(v, 0) } },
    series,
  };
}
