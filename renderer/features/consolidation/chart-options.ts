import type { Rollup } from '../../../electron/api/schemas/consolidation';
import { formatPercent } from '../../../electron/api/text/format';
import { type ChartOption, integerLabel, millionsLabel } from '../../components/chart-types';

// Options of the roll-up charts as pure functions of the roll-up (đồng in, triệu đồng on the axes and tooltips).

const base = { grid: { left: 16, right: 16, top: 40, bottom: 56, containLabel: true }, legend: { bottom: 0, type: 'scroll' as const } };
const percentLabel = (value: unknown) => (typeof value === 'number' ? formatPercent(value) : '');
const percentAxis = { type: 'value' as const, name: '%', max: 100, axisLabel: { formatter: percentLabel } };
const moneyAxis = (unit: string) => ({ type: 'value' as const, name: unit, axisLabel: { formatter: millionsLabel } });
const categories = (labels: string[]) => ({ type: 'category' as const, data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 35 : 0 } });

/** Planned and disbursed capital of the year, per province that sent a package. */
export function capitalByUnitOption(rollup: Rollup, names: { planned: string; disbursed: string }, unit: string): ChartOption {
  const rows = rollup.byProvince.filter((r) => r.packages.length > 0);
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: millionsLabel },
    xAxis: categories(rows.map((r) => r.unit)),
    yAxis: moneyAxis(unit),
    series: [
      { type: 'bar', id: 'planned', name: names.planned, data: rows.map((r) => r.plannedThisYearDong) },
      { type: 'bar', id: 'disbursed', name: names.disbursed, data: rows.map((r) => r.disbursedThisYearDong) },
    ],
  };
}

/** Each target's national result beside the year's target. */
export function targetsOption(rollup: Rollup, names: { attainment: string; goal: string }): ChartOption {
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percentLabel },
    xAxis: categories(rollup.byTarget.map((t) => t.code)),
    yAxis: percentAxis,
    series: [
      { type: 'bar', id: 'attainment', name: names.attainment, data: rollup.byTarget.map((t) => t.attainment) },
      { type: 'bar', id: 'goal', name: names.goal, color: '#8c8c8c', data: rollup.byTarget.map((t) => t.target) },
    ],
  };
}

/** One target's result in each province that reported it. */
export function targetUnitsOption(target: Rollup['byTarget'][number], name: string): ChartOption {
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percentLabel },
    xAxis: categories(target.byUnit.map((u) => u.unit)),
    yAxis: percentAxis,
    series: [{ type: 'bar', id: target.code, name, data: target.byUnit.map((u) => u.attainment) }],
  };
}

/** Capital after adjustment per year, stacked by source. */
export function sourcesOption(rollup: Rollup, unit: string): ChartOption {
  const years = [...new Set(rollup.capitalBySourceAndYear.map((r) => r.year))].sort((a, b) => a - b);
  const sources = [...new Map(rollup.capitalBySourceAndYear.map((r) => [r.sourceCode, r.sourceName])).entries()];
  return {
    ...base,
    tooltip: { trigger: 'item', valueFormatter: millionsLabel },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: moneyAxis(unit),
    series: sources.map(([code, name]) => ({
      type: 'bar',
      id: code,
      name,
      stack: 'sources',
      data: years.map((year) => rollup.capitalBySourceAndYear.find((r) => r.year === year && r.sourceCode === code)?.adjustedDong ?? 0),
    })),
  };
}

/** Institutions by type, as shares of the whole. */
export function typesOption(rollup: Rollup): ChartOption {
  return {
    tooltip: { trigger: 'item', valueFormatter: integerLabel },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        id: 'types',
        radius: ['35%', '65%'],
        label: { formatter: '{c}' },
        data: rollup.institutionsByType.map((t) => ({ name: t.typeName, value: t.count })),
      },
    ],
  };
}
