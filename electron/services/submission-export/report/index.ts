import type { SubmissionSnapshot } from '../../../api/schemas/submission-snapshot';
import { chartSvg, svgToPng } from './charts';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { buildReportModel, type ReportChart, type ReportModel } from './model';

export interface RenderedReport {
  model: ReportModel;
  docx: Buffer;
  /** The page the host prints to PDF. */
  html: string;
}

export function chartsOf(model: ReportModel): ReportChart[] {
  return model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));
}

/** The report of a snapshot: one model, its charts drawn once as SVG (HTML) and PNG (.docx). */
export async function renderReport(snapshot: SubmissionSnapshot): Promise<RenderedReport> {
  const model = buildReportModel(snapshot);
  const svgs = new Map<string, string>();
  const pngs = new Map<string, Buffer>();
  for (const chart of chartsOf(model)) {
    const svg = chartSvg(chart);
    svgs.set(chart.id, svg);
    pngs.set(chart.id, svgToPng(svg));
  }
  return { model, docx: await renderDocx(model, pngs), html: renderHtml(model, svgs) };
}
