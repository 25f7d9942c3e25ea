import type ExcelJS from 'exceljs';
import type { SubmissionSnapshot } from '../../../api/schemas/submission-snapshot';
import { formatDate } from '../../../api/text/format';
import { addTableSheet, type Column, COUNT_FORMAT, FIRST_DATA_ROW, formula, styleTable, text } from './sheet-style';

// Phụ lục 6: the roadmap milestones with their status and why; Phụ lục 7: the year's awareness activities.

const STATUS: Record<string, string> = {
  planned: 'Đã lên kế hoạch',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ chậm',
  met: 'Đã đạt',
  missed: 'Không đạt',
};
const KIND: Record<string, string> = { conference: 'Hội nghị', workshop: 'Hội thảo', media: 'Truyền thông', training: 'Tập huấn' };

export function addMilestonesSheet(workbook: ExcelJS.Workbook, snapshot: SubmissionSnapshot, subtitle: string): ExcelJS.Worksheet {
  const columns: Column[] = [
    { header: 'STT', width: 6, align: 'center' },
    { header: 'Năm', width: 8, align: 'center' },
    { header: 'Quý', width: 7, align: 'center' },
    { header: 'Mốc lộ trình', width: 46 },
    { header: 'Đơn vị chủ trì', width: 22 },
    { header: 'Gắn với', width: 24 },
    { header: 'Trạng thái', width: 16, align: 'center' },
    { header: 'Lý do, ghi chú', width: 36 },
    { header: 'Chuyển từ năm', width: 24 },
  ];
  const sheet = addTableSheet(workbook, 'Lộ trình', {
    title: `PHỤ LỤC 6. CÁC MỐC LỘ TRÌNH CHUYỂN ĐỔI SỐ GDNN (ĐÁNH GIÁ NĂM ${snapshot.year})`,
    subtitle,
    unit: '',
    columns,
  });
  const milestones = [...snapshot.milestones].sort((a, b) => a.year - b.year || (a.quarter ?? 5) - (b.quarter ?? 5));
  milestones.forEach((m, i) => {
    sheet.getRow(FIRST_DATA_ROW + i).values = [
      i + 1,
      m.year,
      m.quarter ? `Quý ${m.quarter}` : 'Cả năm',
      text(m.title),
      text(m.owner),
      text(m.linkedTo),
      m.status ? STATUS[m.status] : 'Chưa đánh giá',
      text(m.statusReason),
      text(m.rolledOverFrom.map((r) => `${r.year}: ${r.reason}`).join('; ')),
    ];
  });
  styleTable(sheet, columns, FIRST_DATA_ROW + milestones.length - 1);
  return sheet;
}

export function addActivitiesSheet(workbook: ExcelJS.Workbook, snapshot: SubmissionSnapshot, subtitle: string): ExcelJS.Worksheet {
  const columns: Column[] = [
    { header: 'STT', width: 6, align: 'center' },
    { header: 'Ngày', width: 12, align: 'center' },
    { header: 'Hình thức', width: 14, align: 'center' },
    { header: 'Nội dung', width: 56 },
    { header: 'Đối tượng', width: 32 },
    { header: 'Số người tham dự', width: 13, align: 'right', numFmt: COUNT_FORMAT },
  ];
  const sheet = addTableSheet(workbook, 'Truyền thông', {
    title: `PHỤ LỤC 7. HOẠT ĐỘNG TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC NĂM ${snapshot.year}`,
    subtitle,
    unit: 'Đơn vị: người',
    columns,
  });
  const activities = [...snapshot.awarenessActivities].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const totalRow = FIRST_DATA_ROW;
  const first = totalRow + 1;
  activities.forEach((a, i) => {
    sheet.getRow(first + i).values = [i + 1, formatDate(a.heldOn), KIND[a.kind] ?? a.kind, text(a.title), text(a.audience), a.participants];
  });
  const last = first + activities.length - 1;
  const total = sheet.getRow(totalRow);
  total.getCell(4).value = `TỔNG SỐ (${activities.length} hoạt động)`;
  total.getCell(6).value = activities.length ? formula(`SUM(F${first}:F${last})`, activities.reduce((n, a) => n + (a.participants ?? 0), 0)) : 0;
  styleTable(sheet, columns, Math.max(last, totalRow), new Set([totalRow]));
  return sheet;
}
