import ExcelJS from 'exceljs';
import type { SubmissionSnapshot } from '../../../api/schemas/submission-snapshot';
import { addInvestmentPlanSheet, type PlanSheetInput } from '../../capital/investment-plan/workbook';
import { addAllocationsSheet, addCapitalBySourceSheet } from './capital-sheets';
import { addIndicatorsSheet, addInstitutionsSheet } from './institutions-sheet';
import { addActivitiesSheet, addMilestonesSheet } from './roadmap-sheets';
import { addTargetsSheet } from './targets-sheet';

// The appendix workbook of the submission: every figure behind the report, one printable sheet per table.
// Sheet 3 is the investment-plan table of issue 4, written by the same code as the plan export.

export const APPENDIX_SHEETS = ['Cơ sở GDNN', 'Chỉ số cơ sở', 'Chỉ tiêu', 'KH đầu tư công', 'Vốn theo nguồn', 'Chi tiết phân bổ vốn', 'Lộ trình', 'Truyền thông'] as const;

export async function appendixWorkbook(snapshot: SubmissionSnapshot, plan: PlanSheetInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kế hoạch CĐS GDNN';
  workbook.title = `Phụ lục báo cáo chuyển đổi số GDNN năm ${snapshot.year}`;
  // A fixed date keeps the file a function of the snapshot: exporting the same snapshot twice gives the same figures.
  workbook.created = new Date(snapshot.generatedAt);
  workbook.modified = new Date(snapshot.generatedAt);
  // Cached results are written, but a reader who edits a figure must see the totals follow.
  workbook.calcProperties.fullCalcOnLoad = true;
  const subtitle = [snapshot.province.owningDepartment, snapshot.province.name].filter(Boolean).join(' — ');
  addInstitutionsSheet(workbook, snapshot, subtitle);
  addIndicatorsSheet(workbook, snapshot, subtitle);
  addTargetsSheet(workbook, snapshot, subtitle);
  const planSheet = addInvestmentPlanSheet(workbook, plan, APPENDIX_SHEETS[3]);
  planSheet.getCell('A1').value = `PHỤ LỤC 3. ${String(planSheet.getCell('A1').value ?? '')}`;
  addCapitalBySourceSheet(workbook, snapshot, subtitle);
  addAllocationsSheet(workbook, snapshot, subtitle);
  addMilestonesSheet(workbook, snapshot, subtitle);
  addActivitiesSheet(workbook, snapshot, subtitle);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
