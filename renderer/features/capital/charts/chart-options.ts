import type { TreemapSeriesOption } from 'echarts/charts';
import type { ComposeOption } from 'echarts/core';
import type { ChartOption } from '../../../components/chart-types';
import { millionsLabel } from '../../../components/chart-types';

// Options of the capital charts as pure functions of the data (đồng in, triệu đồng on the axes and tooltips).
// Every data item carries what a click needs to open the grid on it.

export type CapitalChartOption = ChartOption | ComposeOption<TreemapSeriesOption>;

interface BySourceYear {
  year: number;
  sourceCode: string;
  plannedDong: number;
  allocatedDong: number;
  disbursedDong: number;
}

const axis = (unit: string) => ({ type: 'value' as const, name: unit, axisLabel: { formatter: millionsLabel } });
const base = { grid: { left: 16, right: 16, top: 40, bottom: 56, containLabel: true }, legend: { bottom: 0, type: 'scroll' as const } };

/** One stacked bar per year, one segment per source with capital; series ids are source codes. */
export function bySourceOption(years: number[], cells: BySourceYear[], sourceName: (code: string) => string, unit: string): ChartOption {
  const codes = [...new Set(cells.map((c) => c.sourceCode))];
  return {
    ...base,
    tooltip: { trigger: 'item', valueFormatter: millionsLabel },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: axis(unit),
    series: codes.map((code) => ({
      type: 'bar',
      id: code,
      name: sourceName(code),
      stack: 'sources',
      emphasis: { focus: 'series' },
      data: years.map((year) => cells.find((c) => c.year === year && c.sourceCode === code)?.allocatedDong ?? 0),
    })),
  };
}

/** Assigned, allocated and disbursed side by side per year; series ids are the measures. */
export function measuresOption(years: number[], cells: BySourceYear[], names: Record<'planned' | 'allocated' | 'disbursed', string>, unit: string): ChartOption {
  const sum = (year: number, key: 'plannedDong' | 'allocatedDong' | 'disbursedDong') => cells.filter((c) => c.year === year).reduce((n, c) => n + c[key], 0);
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: millionsLabel },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: axis(unit),
    series: (['planned', 'allocated', 'disbursed'] as const).map((m) => ({
      type: 'bar',
      id: m,
      name: names[m],
      data: years.map((year) => sum(year, `${m}Dong`)),
    })),
  };
}

/** The funding gap of approved projects per year, in one colour that reads as a warning. */
export function gapOption(gapByYear: { year: number; gapDong: number }[], name: string, unit: string): ChartOption {
  return {
    ...base,
    tooltip: { trigger: 'item', valueFormatter: millionsLabel },
    xAxis: { type: 'category', data: gapByYear.map((g) => String(g.year)) },
    yAxis: axis(unit),
    series: [{ type: 'bar', id: 'gap', name, color: '#d0604d', data: gapByYear.map((g) => g.gapDong) }],
  };
}

interface TreemapGroup {
  taskGroupCode: string | null;
  projects: { projectId: number; code: string; name: string; allocatedDong: number }[];
}

/** Task groups containing their projects, sized by allocated capital; leaves carry the project id. */
export function treemapOption(groups: TreemapGroup[], groupName: (code: string | null) => string): CapitalChartOption {
  return {
    tooltip: { valueFormatter: millionsLabel },
    series: [
      {
        type: 'treemap',
        id: 'treemap',
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        leafDepth: 2,
        upperLabel: { show: true, height: 22 },
        label: { show: true, formatter: '{b}' },
        levels: [{ itemStyle: { borderColor: '#fff', borderWidth: 2, gapWidth: 2 } }, { itemStyle: { borderColor: '#fff', borderWidth: 1, gapWidth: 1 } }],
        data: groups.map((g) => ({
          name: groupName(g.taskGroupCode),
          value: g.projects.reduce((n, p) => n + p.allocatedDong, 0),
          taskGroupCode: g.taskGroupCode,
          children: g.projects.map((p) => ({ name: p.code, value: p.allocatedDong, projectId: p.projectId, fullName: p.name })),
        })),
      },
    ],
  };
}
