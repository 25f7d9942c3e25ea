import type ExcelJS from 'exceljs';
import type { SubmissionSnapshot } from '../../../api/schemas/submission-snapshot';
import { orderedTargets, targetName, targetVerdict } from '../report/tables';
import { addTableSheet, type Column, COUNT_FORMAT, FIRST_DATA_ROW, formula, PERCENT_FORMAT, styleTable, text } from './sheet-style';

// Phụ lục 2: each target against the year's result. The result is a formula over the counts beside it (Σ numerator
// / Σ denominator, never an average of percentages), so a reader sees how it was reached; so is the gap.

const columns: Column[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Mã', width: 8, align: 'center' },
  { header: 'Chỉ tiêu', width: 50 },
  { header: 'Phạm vi', width: 10, align: 'center' },
  { header: 'Chỉ tiêu 2025 (%)', width: 10, align: 'right', numFmt: PERCENT_FORMAT },
  { header: 'Chỉ tiêu 2030 (%)', width: 10, align: 'right', numFmt: PERCENT_FORMAT },
  { header: 'Chỉ tiêu năm báo cáo (%)', width: 11, align: 'right', numFmt: PERCENT_FORMAT },
  { header: 'Số đạt (tử số)', width: 11, align: 'right', numFmt: COUNT_FORMAT },
  { header: 'Tổng số (mẫu số)', width: 11, align: 'right', numFmt: COUNT_FORMAT },
  { header: 'Kết quả (%)', width: 10, align: 'right', numFmt: PERCENT_FORMAT },
  { header: 'Chênh lệch so với chỉ tiêu (điểm %)', width: 12, align: 'right', numFmt: PERCENT_FORMAT },
  { header: 'Số cơ sở có số liệu / thuộc đối tượng', width: 13, align: 'center' },
  { header: 'Đánh giá', width: 24 },
];

export function addTargetsSheet(workbook: ExcelJS.Workbook, snapshot: SubmissionSnapshot, subtitle: string): ExcelJS.Worksheet {
  const sheet = addTableSheet(workbook, 'Chỉ tiêu', {
    title: `PHỤ LỤC 2. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${snapshot.year}`,
    subtitle,
    unit: 'Đơn vị: %; số nhà giáo, chương trình, cơ sở',
    columns: columns.map((c, i) => (i === 6 ? { ...c, header: `Chỉ tiêu năm ${snapshot.year} (%)` } : c)),
  });
  const targets = orderedTargets(snapshot);
  targets.forEach((target, i) => {
    const r = FIRST_DATA_ROW + i;
    const measured = target.numerator !== null && target.denominator !== null && target.denominator > 0;
    const result = measured ? (target.numerator! / target.denominator!) * 100 : null;
    sheet.getRow(r).values = [
      i + 1,
      text(target.code),
      text(targetName(target)),
      target.scope === 'national' ? 'Quốc gia' : 'Tỉnh',
      target.target2025,
      target.target2030,
      target.targetThisYear,
      target.numerator,
      target.denominator,
      measured ? formula(`H${r}/I${r}*100`, result!) : null,
      measured && target.targetThisYear !== null ? formula(`J${r}-G${r}`, result! - target.targetThisYear) : null,
      `${target.institutionsCounted}/${target.institutionsInSubject}`,
      text(targetVerdict(target)),
    ];
  });
  styleTable(sheet, columns, FIRST_DATA_ROW + targets.length - 1);
  return sheet;
}
