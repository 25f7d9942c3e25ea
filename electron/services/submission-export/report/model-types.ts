// The report as data: what both renderers (.docx and HTML for PDF) draw, so the two files can never say
// different things. Every text is final (case, numbering, number formats); renderers only lay it out.

export type Align = 'left' | 'center' | 'right';

export interface ReportTable {
  id: 'targets' | 'capital';
  /** "Bảng 1. …", printed above the table. */
  caption: string;
  /** "Đơn vị: triệu đồng", printed right-aligned above the table; null when the cells carry their unit. */
  unit: string | null;
  /** `width` is a relative weight; renderers turn the weights into fractions of the text width. */
  columns: { header: string; align: Align; width: number }[];
  rows: { cells: string[]; emphasis?: 'total' }[];
}

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  kind: 'bar' | 'line';
  /** Bars with the same stack name are stacked. */
  stack?: string;
}

export interface ReportChart {
  id: 'attainment' | 'capital';
  /** "Biểu đồ 1. …", printed under the chart. */
  caption: string;
  categories: string[];
  series: ChartSeries[];
  /** The value axis' unit: "%" or "triệu đồng". */
  unit: string;
}

export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: ReportTable }
  | { kind: 'chart'; chart: ReportChart };

export interface ReportSection {
  key: string;
  /** "I. TÌNH HÌNH TRIỂN KHAI …": numbered and upper-case, as level-one headings of a report are. */
  heading: string;
  blocks: ReportBlock[];
}

export interface ReportModel {
  year: number;
  provinceName: string;
  header: {
    superiorBody: string;
    issuingBody: string;
    numberLine: string;
    nationalName: string;
    motto: string;
    placeDateLine: string;
  };
  title: { documentType: string; subject: string };
  sections: ReportSection[];
  closing: {
    recipientsLabel: string;
    recipients: string[];
    authority: string;
    signerTitle: string;
    signerName: string;
  };
}
