import type { SubmissionSnapshot } from '../../../api/schemas/submission-snapshot';
import type { ReportChart } from './model-types';
import { orderedTargets } from './tables';

// The two charts of the report, as plain data; charts.ts turns them into ECharts options, then SVG or PNG.

export function attainmentChart(snapshot: SubmissionSnapshot, number: number): ReportChart | null {
  const targets = orderedTargets(snapshot).filter((t) => t.kind === 'percent');
  if (!targets.length) return null;
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    id: 'attainment',
    caption: `Biểu đồ ${number}. Mức đạt các chỉ tiêu năm ${snapshot.year} (%)`,
    categories: targets.map((t) => t.code),
    series: [
      { name: `Chỉ tiêu năm ${snapshot.year}`, kind: 'bar', values: targets.map((t) => round(t.targetThisYear)) },
      { name: `Kết quả năm ${snapshot.year}`, kind: 'bar', values: targets.map((t) => round(t.attainment)) },
    ],
    unit: '%',
  };
}

// A chart of more than about eight years stops being readable on an A4 page.
const MAX_YEARS = 8;

export function capitalChart(snapshot: SubmissionSnapshot, number: number): ReportChart | null {
  const rows = snapshot.allocations.filter((row) => row.year <= snapshot.year);
  if (!rows.length) return null;
  const first = Math.max(Math.min(...rows.map((row) => row.year)), snapshot.year - MAX_YEARS + 1);
  const years = Array.from({ length: snapshot.year - first + 1 }, (_, i) => first + i);
  const names = new Map(snapshot.capitalSources.map((s) => [s.code, s.nameVi]));
  const order = new Map(snapshot.capitalSources.map((s, i) => [s.code, i]));
  const bySource = new Map<string, number[]>();
  const disbursed = years.map(() => 0);
  for (const row of rows) {
    const at = row.year - first;
    if (at < 0) continue;
    const values = bySource.get(row.sourceCode) ?? years.map(() => 0);
    values[at]! += row.adjustedDong ?? row.plannedDong;
    bySource.set(row.sourceCode, values);
    disbursed[at]! += row.disbursedDong;
  }
  const millions = (dong: number) => Math.round(dong / 1_000) / 1_000;
  const sources = [...bySource.entries()]
    .filter(([, values]) => values.some((v) => v > 0))
    .sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  return {
    id: 'capital',
    caption: `Biểu đồ ${number}. Vốn bố trí theo nguồn và giải ngân, ${first}–${snapshot.year} (triệu đồng)`,
    categories: years.map(String),
    series: [
      ...sources.map(([code, values]) => ({ name: names.get(code) ?? code, kind: 'bar' as const, stack: 'plan', values: values.map(millions) })),
      { name: 'Giải ngân', kind: 'line' as const, values: disbursed.map(millions) },
    ],
    unit: 'triệu đồng',
  };
}
