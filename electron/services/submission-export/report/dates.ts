// The place and date line of an administrative document (Decree 30/2020/NĐ-CP, appendix I): "Hà Tĩnh, ngày 05
// tháng 02 năm 2026". Days below 10 and the months January and February take a leading zero, so nobody can turn
// "1" into "11" or "2" into "12" with a pen; months 3–12 are written as they are.

const pad = (n: number) => String(n).padStart(2, '0');

/** "ngày 05 tháng 02 năm 2026" for 2026-02-05; null when `isoDate` is not a real calendar date. */
export function vietnameseLongDate(isoDate: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const monthText = month <= 2 ? pad(month) : String(month);
  const dayText = day < 10 ? pad(day) : String(day);
  return `ngày ${dayText} tháng ${monthText} năm ${year}`;
}

// Wide gaps a clerk fills in by hand at signing, as offices print a draft before the date is fixed.
const BLANK = '\u00a0'.repeat(6);

/**
 * "Sông Lam, ngày 05 tháng 02 năm 2026"; with no document date yet, the day and month are left blank for the
 * clerk ("Sông Lam, ngày      tháng      năm 2026").
 */
export function placeDateLine(place: string, isoDate: string | null, fallbackYear: number): string {
  const date = isoDate ? vietnameseLongDate(isoDate) : null;
  return `${place.trim()}, ${date ?? `ngày${BLANK}tháng${BLANK}năm ${fallbackYear}`}`;
}

/** "Số: 15/BC-SGDĐT"; an empty number leaves room for the clerk's register number ("Số:      /BC-SGDĐT"). */
export function numberLine(documentNumber: string, documentCode: string): string {
  const number = documentNumber.trim() || BLANK;
  const code = documentCode.trim();
  return code ? `Số: ${number}/${code}` : `Số: ${number}`;
}
