import { AlignmentType, Document, Header, Packer, type Paragraph, PageNumber, Paragraph as P, type Table, TextRun } from 'docx';
import { CHART_SIZE } from './charts';
import { BODY_SPACING, bodyParagraph, chartBlock, closingBlocks, FONT, headerBlocks, headingParagraph, MARGIN, mm, PAGE, resultTable, titleBlock } from './docx-blocks';
import type { ReportModel } from './model-types';

/** PNG bytes of each chart of the model, by chart id. */
export type ChartImages = Map<string, Buffer>;

/**
 * The report as a Word document, laid out to Decree 30/2020/NĐ-CP: A4 portrait, margins 20/20/30/15 mm, Times New
 * Roman, page numbers centred in the top margin from page 2 (a different first-page header, left empty).
 */
export async function renderDocx(model: ReportModel, charts: ChartImages): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [headerBlocks(model), ...titleBlock(model)];
  for (const section of model.sections) {
    body.push(headingParagraph(section.heading));
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') body.push(bodyParagraph(block.text));
      else if (block.kind === 'table') body.push(...resultTable(block.table));
      else {
        const png = charts.get(block.chart.id);
        if (png) body.push(...chartBlock(block.chart, png, CHART_SIZE));
      }
    }
  }
  body.push(new P({ spacing: { before: 240, after: 0 }, children: [] }), closingBlocks(model));

  const pageNumber = new Header({
    children: [new P({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })] })],
  });
  const document = new Document({
    creator: model.header.issuingBody,
    title: `${model.title.documentType} ${model.title.subject}`,
    description: `${model.header.numberLine} — ${model.provinceName}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 28, language: { value: 'vi-VN' } }, paragraph: { spacing: BODY_SPACING } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: mm(10), footer: mm(10) },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
