import type { SubmissionSnapshot } from '../../../api/schemas/submission-snapshot';
import { attainmentChart, capitalChart } from './chart-data';
import { numberLine, placeDateLine } from './dates';
import type { ReportBlock, ReportChart, ReportModel, ReportSection, ReportTable } from './model-types';
import { capitalTable, targetsTable } from './tables';

export type { ReportBlock, ReportChart, ReportModel, ReportSection, ReportTable } from './model-types';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const DOCUMENT_TYPE = 'BÁO CÁO';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const upper = (text: string) => text.trim().toLocaleUpperCase('vi');
// "II. Kết quả…", "2. Kết quả…", "II - Kết quả…": the planner may have numbered the title already.
const LEADING_NUMBER = /^\s*(?:[IVXLC]+|\d+)\s*[.)\-–:]\s*/i;

/** Each non-empty line of a narrative body is one paragraph; a blank line is only a separator. */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * The subject line under "BÁO CÁO" names what the report is about ("Kết quả thực hiện…"); a subject typed as
 * "Báo cáo kết quả…" would print the document type twice, so that first word pair is dropped.
 */
export function subjectLine(subject: string, year: number): string {
  const trimmed = subject.trim().replace(/^báo cáo\s*(?:về\s+)?[:\-–]?\s*/iu, '');
  if (!trimmed) return defaultSubject(year);
  return trimmed.charAt(0).toLocaleUpperCase('vi') + trimmed.slice(1);
}

export function defaultSubject(year: number): string {
  return `Kết quả thực hiện Chương trình chuyển đổi số trong giáo dục nghề nghiệp năm ${year}`;
}

/**
 * "Nơi nhận" lines as offices print them: "- " before each, ";" after each but the last, "." after the last, and
 * the record copy ("Lưu: VT") closing the list when the planner left it out.
 */
export function recipientLines(snapshot: SubmissionSnapshot): string[] {
  const bare = (line: string) => line.trim().replace(/^[-–+•]\s*/, '').replace(/[;.,]\s*$/, '').trim();
  const given = snapshot.submission.recipients.map(bare).filter(Boolean);
  const lines = given.length ? given : [`${snapshot.province.recipientMinistry} (để báo cáo)`, snapshot.province.recipientDepartment].map(bare).filter(Boolean);
  if (!lines.some((line) => /^Lưu\b/i.test(line))) lines.push('Lưu: VT');
  return lines.map((line, i) => `- ${line}${i === lines.length - 1 ? '.' : ';'}`);
}

// Where the figures go: the results against the targets under the results section, capital under the projects one.
const TABLES_AFTER: Record<string, ('targets' | 'attainment' | 'capitalTable' | 'capitalChart')[]> = {
  results: ['targets', 'attainment'],
  projects: ['capitalTable', 'capitalChart'],
};

/** The report of the snapshot's year: the same model feeds the .docx and the PDF. */
export function buildReportModel(snapshot: SubmissionSnapshot): ReportModel {
  const { province, submission, year } = snapshot;
  let tables = 0;
  let charts = 0;
  const figures = (keys: (typeof TABLES_AFTER)[string]): ReportBlock[] => {
    const blocks: ReportBlock[] = [];
    for (const key of keys) {
      let table: ReportTable | null = null;
      let chart: ReportChart | null = null;
      if (key === 'targets' && snapshot.targets.length) table = targetsTable(snapshot, tables + 1);
      if (key === 'capitalTable' && snapshot.allocations.length) table = capitalTable(snapshot, tables + 1);
      if (key === 'attainment') chart = attainmentChart(snapshot, charts + 1);
      if (key === 'capitalChart') chart = capitalChart(snapshot, charts + 1);
      if (table) {
        tables += 1;
        blocks.push({ kind: 'table', table });
      }
      if (chart) {
        charts += 1;
        blocks.push({ kind: 'chart', chart });
      }
    }
    return blocks;
  };

  const placed = new Set<string>();
  const sections: ReportSection[] = submission.sections.map((section, index) => {
    const blocks: ReportBlock[] = paragraphsOf(section.body).map((text) => ({ kind: 'paragraph', text }));
    const after = TABLES_AFTER[section.key];
    if (after && !placed.has(section.key)) {
      placed.add(section.key);
      blocks.push(...figures(after));
    }
    const title = section.title.replace(LEADING_NUMBER, '');
    return { key: section.key, heading: `${ROMAN[index] ?? index + 1}. ${upper(title)}`, blocks };
  });
  // A submission without those sections still shows its figures, in a section of their own at the end.
  const missing = Object.keys(TABLES_AFTER).filter((key) => !placed.has(key));
  if (missing.length) {
    const blocks = figures(missing.flatMap((key) => TABLES_AFTER[key]!));
    if (blocks.length) sections.push({ key: 'figures', heading: `${ROMAN[sections.length] ?? sections.length + 1}. SỐ LIỆU KÈM THEO`, blocks });
  }

  return {
    year,
    provinceName: province.name,
    header: {
      superiorBody: upper(province.superiorBody),
      issuingBody: upper(province.owningDepartment),
      numberLine: numberLine(submission.documentNumber, province.documentCode),
      nationalName: NATIONAL_NAME,
      motto: MOTTO,
      placeDateLine: placeDateLine(province.placeName, submission.documentDate, Number(snapshot.generatedAt.slice(0, 4)) || year + 1),
    },
    title: { documentType: DOCUMENT_TYPE, subject: subjectLine(submission.subject, year) },
    sections,
    closing: {
      recipientsLabel: 'Nơi nhận:',
      recipients: recipientLines(snapshot),
      authority: upper(province.signingAuthority),
      signerTitle: upper(province.signerTitle),
      signerName: province.signerName.trim(),
    },
  };
}
