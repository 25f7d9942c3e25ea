import type { DashboardSummary, ReadinessBand } from '../../../electron/api/schemas/dashboard';
import { formatNumber, formatPercent } from '../../../electron/api/text/format';
import type { ChartOption } from '../../components/chart-types';
import { integerLabel, millionsLabel } from '../../components/chart-types';

// The dashboard's four charts as pure functions of the summary. Each data item's index maps back to what a
// click opens (a target, a band, a source and year, a year), in the same order as the arrays passed in.

type Charts = DashboardSummary['charts'];

const percentLabel = (value: unknown) => (typeof value === 'number' ? formatPercent(value, 1) : '');
const GOOD = '#52a36b';
const SHORT = '#e3a33b';
const NEUTRAL = '#1f5fa8';
const TARGET = '#d0604d';

export interface AttainmentLabels {
  actual: string;
  target: string;
  name: (row: Charts['attainmentByTarget'][number]) => string;
}

/** Attainment of each target in the year (bar: green when it reaches the year's value) against that value (a tick). */
export function attainmentByTargetOption(rows: Charts['attainmentByTarget'], labels: AttainmentLabels): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 28, bottom: 36, containLabel: true },
    // Only the tick needs a key: the bars' colours (reached / short / no value) are told under the chart.
    legend: { bottom: 0, data: [labels.target] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = params as { dataIndex: number; seriesName: string; value: unknown }[];
        const row = rows[list[0]?.dataIndex ?? -1];
        if (!row) return '';
        const lines = list.map((p) => `${p.seriesName}: <b>${typeof p.value === 'number' ? formatPercent(p.value, 1) : '—'}</b>`);
        return [`<b>${row.code}</b> — ${labels.name(row)}`, ...lines].join('<br/>');
      },
      extraCssText: 'max-width: 420px; white-space: normal;',
    },
    xAxis: { type: 'category', data: rows.map((r) => r.code), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => formatPercent(v, 0) } },
    series: [
      {
        type: 'bar',
        id: 'actual',
        name: labels.actual,
        barMaxWidth: 40,
        data: rows.map((r) => ({
          value: r.percent ?? 0,
          itemStyle: { color: r.target === null || r.percent === null ? NEUTRAL : r.percent >= r.target ? GOOD : SHORT },
          // Inside the bar's foot, clear of the target tick; a short bar has no room, so its figure sits on top.
          ...((r.percent ?? 0) < 12 ? { label: { position: 'top' as const, color: '#1f1f1f' } } : {}),
        })),
        label: { show: true, position: 'insideBottom', color: '#fff', fontWeight: 600, formatter: (p: { dataIndex: number }) => percentLabel(rows[p.dataIndex]?.percent ?? null) },
      },
      {
        type: 'line',
        id: 'target',
        name: labels.target,
        data: rows.map((r) => r.target),
        // Ticks, not a line: each target's value stands alone.
        lineStyle: { opacity: 0 },
        symbol: 'rect',
        symbolSize: [30, 4],
        itemStyle: { color: TARGET },
        color: TARGET,
        z: 5,
      },
    ],
  };
}

const BAND_COLOURS: Record<ReadinessBand, string> = { low: '#d0604d', developing: '#e3a33b', advanced: '#8fbf6a', ready: '#52a36b', none: '#bfbfbf' };

/** Institutions per readiness band, in reading order; each bar's index is the band's in `bands`. */
export function readinessOption(bands: Charts['readiness']['bands'], bandLabel: (band: ReadinessBand) => string, unit: string): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: integerLabel },
    xAxis: { type: 'category', data: bands.map((b) => bandLabel(b.band)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: unit, minInterval: 1, axisLabel: { formatter: integerLabel } },
    series: [
      {
        type: 'bar',
        id: 'readiness',
        name: unit,
        barMaxWidth: 56,
        data: bands.map((b) => ({ value: b.count, itemStyle: { color: BAND_COLOURS[b.band] } })),
        label: { show: true, position: 'top', formatter: (p: { value?: unknown }) => integerLabel(p.value) },
      },
    ],
  };
}

/**
 * Allocated capital, one stacked bar per year and one segment per source (series id and legend = source code, so the
 * legend stays on one line; the tooltip names the source in full).
 */
export function capitalBySourceOption(data: Charts['capitalBySourceYear'], sourceName: (code: string) => string, unit: string): ChartOption {
  const amount = new Map(data.cells.map((c) => [`${c.year}|${c.sourceCode}`, c.allocatedDong]));
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 36, containLabel: true },
    legend: { bottom: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const item = p as { seriesId?: string; name?: string; value?: unknown; marker?: string };
        return `${item.marker ?? ''}${sourceName(item.seriesId ?? '')}<br/>${item.name ?? ''}: <b>${millionsLabel(item.value)}</b> ${unit.toLowerCase()}`;
      },
    },
    xAxis: { type: 'category', data: data.years.map(String) },
    yAxis: { type: 'value', name: unit, axisLabel: { formatter: millionsLabel } },
    series: data.sources.map((code) => ({
      type: 'bar' as const,
      id: code,
      name: code,
      stack: 'capital',
      data: data.years.map((year) => amount.get(`${year}|${code}`) ?? 0),
    })),
  };
}

/** The funding gap of approved projects per year (each bar's index is the year's in `rows`). */
export function gapByYearOption(rows: Charts['gapByYear'], name: string, unit: string): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: millionsLabel },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)) },
    yAxis: { type: 'value', name: unit, axisLabel: { formatter: millionsLabel } },
    series: [
      {
        type: 'bar',
        id: 'gap',
        name,
        barMaxWidth: 40,
        itemStyle: { color: TARGET },
        data: rows.map((r) => r.gapDong),
        label: { show: true, position: 'top', formatter: (p: { value?: unknown }) => (typeof p.value === 'number' && p.value > 0 ? formatNumber(p.value / 1e6, 0) : '') },
      },
    ],
  };
}
