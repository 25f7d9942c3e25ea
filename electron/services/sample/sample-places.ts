// The fictional province and the bodies its records name. Before 01/07/2025 two predecessor provinces existed;
// before 01/03/2025 VET belonged to the labour department (Sở LĐTBXH). Names follow those dates so the sample's
// history reads like a real merged province's.

export const SAMPLE_PROVINCE_NAME = 'Tỉnh Sông Lam (dữ liệu mẫu)';
export const MERGED_ON = '2025-07-01';
export const TRANSFERRED_TO_EDUCATION_ON = '2025-03-01';

export const predecessors = {
  LG: 'Tỉnh Lam Giang',
  HS: 'Tỉnh Hà Sơn',
} as const;
export type Origin = keyof typeof predecessors;

/** "tỉnh Lam Giang" before the merger, "tỉnh Sông Lam" from it on. */
export function provinceAt(date: string, origin: Origin): string {
  return date >= MERGED_ON ? 'tỉnh Sông Lam' : predecessors[origin].replace('Tỉnh', 'tỉnh');
}

export function peoplesCommitteeAt(date: string, origin: Origin): string {
  return `UBND ${provinceAt(date, origin)}`;
}

export function councilAt(date: string, origin: Origin): string {
  return `HĐND ${provinceAt(date, origin)}`;
}

/** The department that managed VET on a date, and the abbreviation its documents carry. */
export function vetDepartmentAt(date: string, origin: Origin): { name: string; code: string } {
  if (date < TRANSFERRED_TO_EDUCATION_ON) {
    return { name: `Sở Lao động - Thương binh và Xã hội ${provinceAt(date, origin)}`, code: 'SLĐTBXH' };
  }
  return { name: `Sở Giáo dục và Đào tạo ${provinceAt(date, origin)}`, code: 'SGDĐT' };
}

export function financeDepartmentAt(date: string, origin: Origin): string {
  return `Sở Tài chính ${provinceAt(date, origin)}`;
}

export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
