import type { ExportFileRole } from '../../api/schemas/submission-export';
import type { ServiceContext } from '../context';
import { localIsoTimestamp } from '../platform';
import { buildSubmissionSnapshot } from '../submission/snapshot';
import { exportFileNames } from './file-names';
import { buildReportModel, type ReportModel } from './report/model';

// A rough page count for the wizard ("about 6 pages"): A4 with 30/15 mm margins holds about 40 lines of 14 pt
// text of about 80 characters; a chart takes a third of a page, a table row a line and a half.
const LINES_PER_PAGE = 40;
const CHARS_PER_LINE = 80;

export function estimatePages(model: ReportModel): number {
  let lines = 14; // header blocks and title
  for (const section of model.sections) {
    lines += 2;
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') lines += Math.ceil(block.text.length / CHARS_PER_LINE) + 0.4;
      else if (block.kind === 'table') lines += 4 + block.table.rows.length * 1.5;
      else lines += LINES_PER_PAGE / 3;
    }
  }
  lines += 10 + model.closing.recipients.length * 0.7; // recipients and signature
  return Math.max(1, Math.ceil(lines / LINES_PER_PAGE));
}

export function previewReport(ctx: ServiceContext, year: number) {
  const snapshot = buildSubmissionSnapshot(ctx.workspace.require().sqlite, { year, appVersion: ctx.appVersion, generatedAt: localIsoTimestamp(ctx.clock.now()) });
  const model = buildReportModel(snapshot);
  const blocks = model.sections.flatMap((s) => s.blocks);
  const names = exportFileNames(snapshot);
  return {
    subject: model.title.subject,
    numberLine: model.header.numberLine,
    placeDateLine: model.header.placeDateLine,
    sections: model.sections.map((s) => ({ key: s.key, title: s.heading, paragraphs: s.blocks.filter((b) => b.kind === 'paragraph').length })),
    tables: blocks.flatMap((b) => (b.kind === 'table' ? [b.table.caption] : [])),
    charts: blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart.caption] : [])),
    pageEstimate: estimatePages(model),
    fileNames: (Object.keys(names) as ExportFileRole[]).map((role) => ({ role, fileName: names[role] })),
  };
}
