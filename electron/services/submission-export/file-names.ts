import type { SubmissionSnapshot } from '../../api/schemas/submission-snapshot';
import { packageFileName } from '../data-package';
import { sanitiseFileName } from '../export/spreadsheet-safety';
import type { ExportFileRole } from '../../api/schemas/submission-export';

// File names of a submission: Vietnamese without diacritics, so they survive e-mail gateways, zip tools and the
// ministry's file shares ("Bao cao CDS GDNN 2026 - Tinh Ha Tinh.docx"). The package names itself (h5's writer).

const plainLetters = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

export function exportFileNames(snapshot: SubmissionSnapshot): Record<ExportFileRole, string> {
  const province = plainLetters(snapshot.province.name);
  const report = sanitiseFileName(`Bao cao CDS GDNN ${snapshot.year} - ${province}`, `bao-cao-${snapshot.year}`);
  const appendix = sanitiseFileName(`Phu luc CDS GDNN ${snapshot.year} - ${province}`, `phu-luc-${snapshot.year}`);
  return {
    report_docx: `${report}.docx`,
    report_pdf: `${report}.pdf`,
    appendix_xlsx: `${appendix}.xlsx`,
    data_package: packageFileName(snapshot.province.name, snapshot.year),
  };
}
