import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Align, ReportChart, ReportModel, ReportTable } from './model-types';

// The pieces of the .docx: header blocks, title, body paragraphs, tables, charts, closing blocks. Sizes follow
// Decree 30/2020/NĐ-CP: body 14 pt, header blocks 13 pt (the national name 12 pt so it stays on one line in its
// column, as the decree allows 12–13), "Nơi nhận" 12 pt bold italic with an 11 pt list. docx sizes are half-points.

export const FONT = 'Times New Roman';
const pt = (points: number) => points * 2;
/** Twentieths of a point per millimetre. */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
/** A4 is 210 × 297 mm: 11906 × 16838 twips. */
export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** First-line indent of body paragraphs: 1.27 cm. */
export const FIRST_LINE = mm(12.7);
/**
 * 6 pt after each paragraph; line spacing 1.15 (the decree allows single to 1.5). The rule is written out: without
 * it LibreOffice reads the line height as exact and crops every line taller than the text, such as a chart.
 */
export const BODY_SPACING = { after: 120, line: 276, lineRule: LineRuleType.AUTO } as const;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const NO_SPACE = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

const run = (text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, size: pt(size), font: FONT, ...style });

const centred = (text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: NO_SPACE, children: [run(text, size, style)] });

/** A short horizontal rule: an empty 2 pt paragraph whose bottom border is `widthTwips` long, centred in `within`. */
const rule = (widthTwips: number, within: number) => {
  const indent = Math.max(0, Math.round((within - widthTwips) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', 2)],
  });
};

const noBorders = TableBorders.NONE;
const cellOf = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: noBorders, margins: { left: 0, right: 0 }, children });

// The left block is narrower: it holds two short upper-case lines; the right one the national name.
const HEADER_COLUMNS = [Math.round(TEXT_WIDTH * 0.4), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.4)] as const;

export function headerBlocks(model: ReportModel): Table {
  const [left, right] = HEADER_COLUMNS;
  const h = model.header;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...HEADER_COLUMNS],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          cellOf(left, [centred(h.superiorBody, 13), centred(h.issuingBody, 13, { bold: true }), rule(mm(22), left), centred('', 6), centred(h.numberLine, 13)]),
          cellOf(right, [
            centred(h.nationalName, 12, { bold: true }),
            centred(h.motto, 13, { bold: true }),
            rule(mm(58), right),
            centred('', 6),
            centred(h.placeDateLine, 14, { italics: true }),
          ]),
        ],
      }),
    ],
  });
}

export function titleBlock(model: ReportModel): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, keepNext: true, children: [run(model.title.documentType, 14, { bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, keepNext: true, children: [run(model.title.subject, 14, { bold: true })] }),
    rule(mm(40), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [run('', 14)] }),
  ];
}

export const headingParagraph = (text: string) =>
  new Paragraph({
    // Left, not justified: a justified heading of upper-case words stretches its spaces.
    alignment: AlignmentType.LEFT,
    indent: { firstLine: FIRST_LINE },
    spacing: { before: 120, ...BODY_SPACING },
    keepNext: true,
    children: [run(text, 14, { bold: true })],
  });

export const bodyParagraph = (text: string) =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE }, spacing: BODY_SPACING, children: [run(text, 14)] });

const TABLE_TEXT = 12;
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const tableCell = (text: string, width: number, align: Align, bold: boolean) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
    children: [new Paragraph({ alignment: ALIGN[align], spacing: NO_SPACE, children: [run(text, TABLE_TEXT, { bold })] })],
  });

export function resultTable(table: ReportTable): (Paragraph | Table)[] {
  const weights = table.columns.reduce((n, c) => n + c.width, 0);
  const widths = table.columns.map((c) => Math.floor((TEXT_WIDTH * c.width) / weights));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((n, w) => n + w, 0);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => tableCell(c.header, widths[i]!, 'center', true)),
  });
  const rows = table.rows.map(
    (row) => new TableRow({ cantSplit: true, children: row.cells.map((text, i) => tableCell(text, widths[i]!, table.columns[i]!.align, row.emphasis === 'total')) }),
  );
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, keepNext: true, children: [run(table.caption, 13, { bold: true })] }),
    ...(table.unit
      ? [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 60 }, keepNext: true, children: [run(table.unit, 12, { italics: true })] })]
      : []),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
      rows: [header, ...rows],
    }),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [run('', 6)] }),
  ];
}

/** The chart's PNG at the width of the text, its caption under it in italics. */
export function chartBlock(chart: ReportChart, png: Buffer, size: { width: number; height: number }): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 60, line: 240, lineRule: LineRuleType.AUTO },
      keepNext: true,
      children: [new ImageRun({ type: 'png', data: png, transformation: size, altText: { name: chart.id, title: chart.caption, description: chart.caption } })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240 }, children: [run(chart.caption, 13, { italics: true })] }),
  ];
}

const CLOSING_COLUMNS = [Math.round(TEXT_WIDTH * 0.45), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.45)] as const;
// Room for the signature and the seal between the title and the name.
const SIGNATURE_LINES = 4;

export function closingBlocks(model: ReportModel): Table {
  const c = model.closing;
  const [left, right] = CLOSING_COLUMNS;
  const leftParagraphs = [
    new Paragraph({ spacing: NO_SPACE, children: [run(c.recipientsLabel, 12, { bold: true, italics: true })] }),
    ...c.recipients.map((line) => new Paragraph({ spacing: NO_SPACE, children: [run(line, 11)] })),
  ];
  const rightParagraphs = [
    ...(c.authority ? [centred(c.authority, 14, { bold: true })] : []),
    centred(c.signerTitle, 14, { bold: true }),
    ...Array.from({ length: SIGNATURE_LINES }, () => centred('', 14)),
    centred(c.signerName, 14, { bold: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...CLOSING_COLUMNS],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ cantSplit: true, children: [cellOf(left, leftParagraphs), cellOf(right, rightParagraphs)] })],
  });
}
