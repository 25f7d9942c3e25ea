import type { Sqlite } from '../../../../db/client';
import {
  allocatedAgainstMediumTerm,
  allocatedAgainstShares,
  allocatedAgainstTotals,
  allocationsOutsideProjectYears,
  cancelledAllocations,
  mediumTermAgainstShares,
  stepsMissingBasis,
} from '../../../../db/queries/capital-checks';
import type { CheckIssue } from '../../../api/schemas/capital';
import { missingBasis } from '../../projects/stages';
import { stageName } from '../../projects/warnings';
import { millions } from '../money';
import { issue } from './issue';

// Checks of the figures themselves: capital beyond what a project may receive, capital where it should not be,
// and lifecycle steps without their legal basis.

export function allocationIssues(sqlite: Sqlite): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const r of allocatedAgainstTotals(sqlite)) {
    issues.push(issue({
      kind: 'overTotal', severity: 'error', ...r, amountDong: r.allocatedDong, referenceDong: r.totalDong,
      message: `Tổng vốn đã giao ${millions(r.allocatedDong)} vượt tổng mức đầu tư ${millions(r.totalDong)}`,
    }));
  }
  for (const r of allocatedAgainstShares(sqlite)) {
    const notUsed = r.shareDong === null || r.shareDong === 0;
    issues.push(issue({
      kind: notUsed ? 'sourceNotUsed' : 'overSource', severity: notUsed ? 'warning' : 'error', ...r,
      amountDong: r.allocatedDong, referenceDong: r.shareDong ?? 0,
      message: notUsed
        ? `Đã giao ${millions(r.allocatedDong)} vốn ${r.sourceCode} nhưng dự án không có nguồn này trong tổng mức đầu tư`
        : `Vốn ${r.sourceCode} đã giao ${millions(r.allocatedDong)} vượt phần vốn của nguồn ${millions(r.shareDong!)}`,
    }));
  }
  for (const r of allocatedAgainstMediumTerm(sqlite)) {
    issues.push(issue({
      kind: 'overMediumTerm', severity: 'warning', ...r, year: r.startYear, amountDong: r.allocatedDong, referenceDong: r.mediumTermDong,
      message: `Vốn ${r.sourceCode} giao các năm ${r.periodCode} ${millions(r.allocatedDong)} vượt kế hoạch trung hạn ${millions(r.mediumTermDong)}`,
    }));
  }
  for (const r of mediumTermAgainstShares(sqlite)) {
    issues.push(issue({
      kind: 'mediumTermOverSource', severity: 'warning', ...r, amountDong: r.plannedDong, referenceDong: r.shareDong,
      message: r.shareDong === 0
        ? `Kế hoạch trung hạn có ${millions(r.plannedDong)} vốn ${r.sourceCode} nhưng dự án không có nguồn này`
        : `Kế hoạch trung hạn vốn ${r.sourceCode} ${millions(r.plannedDong)} vượt phần vốn của nguồn ${millions(r.shareDong)}`,
    }));
  }
  for (const r of cancelledAllocations(sqlite)) {
    issues.push(issue({
      kind: 'cancelledAllocation', severity: 'error', ...r, amountDong: r.allocatedDong,
      message: `Dự án đã hủy bỏ vẫn còn ${millions(r.allocatedDong)} vốn ${r.sourceCode} năm ${r.year}: điều chỉnh về 0`,
    }));
  }
  for (const r of allocationsOutsideProjectYears(sqlite)) {
    issues.push(issue({
      kind: 'yearOutsideProject', severity: 'info', ...r, amountDong: r.allocatedDong,
      message: `Giao ${millions(r.allocatedDong)} vốn ${r.sourceCode} năm ${r.year}, ngoài thời gian thực hiện ${r.startYear}–${r.endYear}`,
    }));
  }
  for (const r of stepsMissingBasis(sqlite)) {
    issues.push(issue({
      kind: 'legalBasis', severity: 'warning', ...r,
      message: `Bước "${stageName(r.stepCode)}" chưa đủ căn cứ pháp lý: ${missingBasis(r)!.toLowerCase()}`,
    }));
  }
  return issues;
}
