import type { CellValue } from '../../api/schemas/grid';
import { formatNumber } from '../../api/text/format';
import { type Parsed, parseNumber, parseYesNo } from '../../api/text/parse';

// What a figure may be (INVALID when not) and when it merely looks unusual (a warning the planner may keep).
// Shared by the grid, the per-institution form and the entry-workbook import, so a value is judged the same way
// wherever it comes from.

export type Unit = 'count' | 'yesno';

export interface IndicatorNames {
  code: string;
  nameVi: string;
  unit: Unit;
}

/** A typed, pasted or imported cell → the stored number (counts: whole ≥ 0; yes/no: 1 / 0), or why not. */
export function parseIndicatorValue(unit: Unit, raw: CellValue | undefined): Parsed<number | null> {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (unit === 'yesno') return parseYesNo(raw);
  if (typeof raw === 'boolean') return { ok: false, reason: 'Số đếm phải là một số nguyên không âm' };
  const parsed = parseNumber(raw, { integer: true });
  if (!parsed.ok) return parsed;
  if (parsed.value !== null && parsed.value < 0) return { ok: false, reason: `Số đếm không được âm (${formatNumber(parsed.value, 2)})` };
  return parsed;
}

/** A part (e.g. teachers trained) may never exceed its whole (teachers); both may be sums of indicators. */
export interface PartOfWhole {
  part: string[];
  whole: string[];
}

export function partsOfWholes(formulas: readonly { numerator: string; denominator: string }[], units: ReadonlyMap<string, Unit>): PartOfWhole[] {
  const seen = new Set<string>();
  const out: PartOfWhole[] = [];
  for (const f of formulas) {
    const part = f.numerator.split('+');
    const whole = f.denominator.split('+');
    // Only counts over counts: a yes/no numerator is not a part of anything.
    if (![...part, ...whole].every((code) => units.get(code) === 'count')) continue;
    const key = `${part.join('+')}|${whole.join('+')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ part, whole });
  }
  return out;
}

const sumOf = (codes: string[], values: ReadonlyMap<string, number | null>): number | null => {
  let total = 0;
  for (const code of codes) {
    const value = values.get(code);
    if (value === null || value === undefined) return null;
    total += value;
  }
  return total;
};

export interface RelationProblem {
  codes: string[];
  message: string;
}

/** Every part above its whole in one institution's figures for a year (unknown figures are not judged). */
export function relationProblems(
  values: ReadonlyMap<string, number | null>,
  relations: readonly PartOfWhole[],
  names: ReadonlyMap<string, IndicatorNames>,
): RelationProblem[] {
  const label = (codes: string[]) => codes.map((c) => names.get(c)?.nameVi ?? c).join(' + ');
  const problems: RelationProblem[] = [];
  for (const relation of relations) {
    const part = sumOf(relation.part, values);
    const whole = sumOf(relation.whole, values);
    if (part === null || whole === null || part <= whole) continue;
    problems.push({
      codes: [...relation.part, ...relation.whole],
      message: `${label(relation.part)} (${formatNumber(part, 0)}) vượt ${label(relation.whole)} (${formatNumber(whole, 0)})`,
    });
  }
  return problems;
}

/** How many times a count may grow or shrink in a year before it looks like a typing slip. */
export const CHANGE_FACTOR = 3;

/** A valid value that looks unusual next to last year's: a count × 3 or ÷ 3, a "yes" turned back to "no". */
export function changeWarning(unit: Unit, value: number | null, previous: number | null | undefined): string | null {
  if (value === null || previous === null || previous === undefined) return null;
  if (unit === 'yesno') return previous === 1 && value === 0 ? 'Năm trước là “Có”, năm nay “Không”' : null;
  if (previous > 0 && value > previous * CHANGE_FACTOR) {
    return `Gấp ${formatNumber(value / previous, 1)} lần năm trước (${formatNumber(previous, 0)}): ngoài giới hạn thường gặp`;
  }
  if (value > 0 && value * CHANGE_FACTOR < previous) {
    return `Chỉ bằng ${formatNumber((value / previous) * 100, 0)}% năm trước (${formatNumber(previous, 0)}): ngoài giới hạn thường gặp`;
  }
  if (value === 0 && previous >= 10) return `Bằng 0, năm trước ${formatNumber(previous, 0)}: ngoài giới hạn thường gặp`;
  return null;
}

/** Text as stored: trimmed, blank means no comment. */
export function normaliseComment(comment: string | null | undefined): string | null | undefined {
  if (comment === undefined) return undefined;
  const text = (comment ?? '').normalize('NFC').trim();
  return text === '' ? null : text;
}
