import type { CustomSeriesOption } from 'echarts/charts';
import type { DataZoomComponentOption, GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import { statusHex } from './status';
import { type TimelineLayout, todayX } from './timeline-rows';

// The roadmap timeline as an ECharts option: ECharts has no Gantt series, so projects are rectangles and milestones
// diamonds drawn by two `custom` series on a value (year) axis × category (row) axis. Bars are pale by lifecycle
// stage so the milestone markers, vivid by status, stand out on them.

type CustomSeriesRenderItem = NonNullable<CustomSeriesOption['renderItem']>;

export type TimelineOption = ComposeOption<CustomSeriesOption | GridComponentOption | TooltipComponentOption | DataZoomComponentOption | MarkLineComponentOption>;

export const stageColours: Record<string, { fill: string; stroke: string }> = {
  PROPOSED: { fill: '#e6ecf3', stroke: '#9fb3c8' },
  POLICY_APPROVED: { fill: '#d3e0f0', stroke: '#7ea6d8' },
  INVESTMENT_DECISION: { fill: '#bcd2ec', stroke: '#4f86c6' },
  IMPLEMENTING: { fill: '#9dbfe6', stroke: '#1f5fa8' },
  COMPLETED: { fill: '#c4e3cd', stroke: '#52a36b' },
  SETTLED: { fill: '#a8d5b5', stroke: '#2f7d4a' },
  SUSPENDED: { fill: '#f5deb0', stroke: '#c98a1a' },
  CANCELLED: { fill: '#e4e4e4', stroke: '#a6a6a6' },
};
const OTHER_STAGE = { fill: '#e4e4e4', stroke: '#a6a6a6' };

export const ROW_PX = 22;
/** Pixels of the chart outside its rows: the year axis above, the year slider below. */
export const CHART_CHROME_PX = 92;

export type TimelineHit = { kind: 'project'; id: number } | { kind: 'milestone'; id: number };

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

interface Labels {
  t: TFunction;
  stageName: (code: string) => string;
  when: (year: number, quarter: number | null) => string;
}

/** `maxRows`: rows shown at once (what fits the window); the vertical slider and the mouse wheel scroll the rest. */
export function timelineOption(layout: TimelineLayout, asOf: string, maxRows: number, { t, stageName, when }: Labels) {
  const { rows, milestones } = layout;
  const rowLabel = (i: number): string => {
    const row = rows[i]!;
    if (row.kind === 'project') return shorten(`${row.project.code} · ${row.project.name}`, 42);
    if (row.group === 'general') return `◆ ${t('timeline.milestonesRow')}`;
    if (row.group === 'target') return `◆ ${t('timeline.targetRow', { code: row.code })}`;
    if (row.group === 'keyTask') return `◆ ${t('timeline.keyTaskRow', { code: row.code })}`;
    return `◆ ${row.code}`;
  };
  const bars = rows.flatMap((row, i) => (row.kind === 'project' ? [{ row: i, project: row.project }] : []));

  const renderBar: CustomSeriesRenderItem = (params, api) => {
    const row = api.value(0) as number;
    const start = api.coord([api.value(1), row]) as number[];
    const end = api.coord([api.value(2), row]) as number[];
    const height = (api.size!([0, 1]) as number[])[1]! * 0.56;
    const box = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
    const x0 = Math.max(start[0]!, box.x);
    const x1 = Math.min(end[0]!, box.x + box.width);
    const y = start[1]! - height / 2;
    if (x1 <= x0 || y + height < box.y || y > box.y + box.height) return null;
    const colour = stageColours[bars[params.dataIndex]!.project.stageCode] ?? OTHER_STAGE;
    return { type: 'rect', shape: { x: x0, y, width: x1 - x0, height, r: 3 }, style: { fill: colour.fill, stroke: colour.stroke, lineWidth: 1 } };
  };
  const renderMarker: CustomSeriesRenderItem = (params, api) => {
    const [x, y] = api.coord([api.value(1), api.value(0)]) as [number, number];
    const box = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
    if (x < box.x || x > box.x + box.width || y < box.y || y > box.y + box.height) return null;
    const r = 6;
    const status = milestones[params.dataIndex]!.milestone.derivedStatus ?? 'none';
    return {
      type: 'polygon',
      shape: { points: [[x, y - r], [x + r, y], [x, y + r], [x - r, y]] },
      style: { fill: statusHex[status], stroke: '#ffffff', lineWidth: 1.5 },
    };
  };

  const tooltip = (seriesIndex: number, dataIndex: number): string => {
    if (seriesIndex === 0) {
      const p = bars[dataIndex]!.project;
      return [
        `<b>${escape(t('timeline.tipProject', { code: p.code, name: p.name }))}</b>`,
        escape(t('timeline.tipYears', { from: p.startYear, to: p.endYear })),
        escape(t('timeline.tipStage', { stage: stageName(p.stageCode) })),
        `<i>${escape(t('timeline.tipOpen'))}</i>`,
      ].join('<br/>');
    }
    const m = milestones[dataIndex]!.milestone;
    return [
      `<b>${escape(shorten(m.title, 90))}</b>`,
      escape(t('timeline.tipWhen', { when: when(m.year, m.quarter) })),
      `${escape(t(`status.${m.derivedStatus ?? 'none'}`))}: ${escape(shorten(m.derivedReason, 160))}`,
      `<i>${escape(t('timeline.tipOpen'))}</i>`,
    ].join('<br/>');
  };

  const hit = (seriesIndex: number, dataIndex: number): TimelineHit | null => {
    if (seriesIndex === 0) return bars[dataIndex] ? { kind: 'project', id: bars[dataIndex].project.id } : null;
    if (seriesIndex === 1) return milestones[dataIndex] ? { kind: 'milestone', id: milestones[dataIndex].milestone.id } : null;
    return null;
  };

  const today = todayX(asOf);
  const visibleRows = Math.max(1, Math.min(rows.length, maxRows));
  const lastRow = visibleRows - 1;
  const option: TimelineOption = {
    animation: false,
    grid: { left: 290, right: 56, top: 36, bottom: 56 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        return item ? tooltip(item.seriesIndex ?? 0, item.dataIndex ?? 0) : '';
      },
    },
    xAxis: {
      type: 'value',
      position: 'top',
      min: layout.minYear,
      max: layout.maxYear + 1,
      interval: 1,
      // Years print without a thousands separator: 2026, not 2.026.
      axisLabel: { formatter: (v: number) => (Number.isInteger(v) ? String(v) : '') },
      splitLine: { show: true, lineStyle: { color: '#e8e8e8' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((_, i) => rowLabel(i)),
      axisTick: { show: false },
      // Milestone rows (◆) in the app's blue, so they read apart from the project rows below them.
      axisLabel: {
        width: 270,
        overflow: 'truncate',
        fontSize: 12,
        formatter: (value: string) => (value.startsWith('◆') ? `{m|${value}}` : value),
        rich: { m: { color: '#1f5fa8', fontWeight: 600 } },
      },
      splitLine: { show: false },
    },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter', zoomOnMouseWheel: 'ctrl', moveOnMouseMove: true, moveOnMouseWheel: false },
      { type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', bottom: 12, height: 18, labelFormatter: (v: number) => String(Math.floor(v)) },
      { type: 'inside', yAxisIndex: 0, filterMode: 'weakFilter', zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false, startValue: 0, endValue: lastRow },
      { type: 'slider', yAxisIndex: 0, filterMode: 'weakFilter', right: 12, width: 16, startValue: 0, endValue: lastRow, showDetail: false, zoomLock: false },
    ],
    series: [
      {
        type: 'custom',
        name: t('timeline.projectSection'),
        renderItem: renderBar,
        encode: { x: [1, 2], y: 0 },
        data: bars.map((b) => [b.row, b.project.startYear, b.project.endYear + 1]),
        clip: true,
      },
      {
        type: 'custom',
        name: t('timeline.legendStatus'),
        renderItem: renderMarker,
        encode: { x: 1, y: 0 },
        data: milestones.map((m) => [m.row, m.x]),
        z: 3,
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#d0604d', type: 'dashed', width: 1.5 },
          label: { formatter: t('timeline.today'), position: 'end', color: '#d0604d' },
          data: [{ xAxis: today }],
        },
      },
    ],
  };
  return { option, hit, visibleRows, height: Math.max(4, visibleRows) * ROW_PX + CHART_CHROME_PX };
}
