import type { OverviewSummary } from '../../../electron/api/schemas/overview';
import type { ChartOption } from '../../components/chart-types';
import { millionsLabel } from '../../components/chart-types';

export interface CapitalByYearLabels {
  allocated: string;
  disbursed: string;
  unit: string;
}

/** Allocated beside disbursed capital for each year; values in đồng, labels in triệu đồng. */
export function capitalByYearOption(rows: OverviewSummary['capitalByYear'], labels: CapitalByYearLabels): ChartOption {
  return {
    grid: { left: 16, right: 16, top: 40, bottom: 40, containLabel: true },
    legend: { bottom: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: millionsLabel },
    xAxis: { type: 'category', data: rows.map((row) => String(row.year)) },
    yAxis: { type: 'value', name: labels.unit, axisLabel: { formatter: millionsLabel } },
    series: [
      { type: 'bar', name: labels.allocated, data: rows.map((row) => row.plannedDong) },
      { type: 'bar', name: labels.disbursed, data: rows.map((row) => row.disbursedDong) },
    ],
  };
}
