import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber } from '../../electron/api/text/format';

// Vietnamese number formats wherever a chart's options leave ECharts to format numbers itself (it would print
// 1,234.5): value axes without a label formatter, tooltips without a value formatter.

export const numberLabel = (value: unknown): string => (typeof value === 'number' ? formatNumber(value, 2) : String(value ?? ''));

type Axis = { type?: string; axisLabel?: { formatter?: unknown } & Record<string, unknown> } & Record<string, unknown>;

function withAxisNumbers(axis: unknown, defaultType: 'value' | 'category'): unknown {
  if (Array.isArray(axis)) return axis.map((a) => withAxisNumbers(a, defaultType));
  if (!axis || typeof axis !== 'object') return axis;
  const a = axis as Axis;
  if ((a.type ?? defaultType) !== 'value' || a.axisLabel?.formatter) return axis;
  return { ...a, axisLabel: { ...a.axisLabel, formatter: numberLabel } };
}

function withTooltipNumbers(tooltip: unknown): unknown {
  if (!tooltip || typeof tooltip !== 'object' || Array.isArray(tooltip)) return tooltip;
  const t = tooltip as { valueFormatter?: unknown; formatter?: unknown };
  return t.valueFormatter || t.formatter ? tooltip : { ...t, valueFormatter: numberLabel };
}

/** The option with Vietnamese number formats filled in where it set none (ECharts' own defaults: x category, y value). */
export function withVietnameseNumbers<O extends EChartsCoreOption>(option: O): O {
  const o = option as Record<string, unknown>;
  return {
    ...option,
    ...('xAxis' in o ? { xAxis: withAxisNumbers(o.xAxis, 'category') } : {}),
    ...('yAxis' in o ? { yAxis: withAxisNumbers(o.yAxis, 'value') } : {}),
    ...('tooltip' in o ? { tooltip: withTooltipNumbers(o.tooltip) } : {}),
  };
}
