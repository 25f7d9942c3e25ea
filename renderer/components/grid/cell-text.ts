import type { CellValue } from '../../../electron/api/schemas/grid';
import { formatDate, formatMillions, formatNumber, formatPercent } from '../../../electron/api/text/format';
import { type Parsed, parseDate, parseNumber, parseYesNo } from '../../../electron/api/text/parse';
import { matchChoice } from './choice-match';
import type { CellKind, Choice } from './types';

// A cell's value as text and back, by kind: what the cell shows (1.234.567), what Ctrl+C copies and the editor
// starts from (1234567 — no thousands dots, so any Excel reads it), and what typed or pasted text means. Reasons
// are Vietnamese, like the shared parsers' (electron/api/text/parse.ts) which do the reading.

export interface CellRules {
  kind: CellKind;
  header: string;
  choices?: readonly Choice[];
  min?: number;
  max?: number;
  required?: boolean;
  /** Decimals shown for decimal and percent cells (2 and 1 by default). */
  decimals?: number;
}

const DONG_PER_MILLION = 1_000_000;
export const YES_NO: readonly Choice[] = [
  { value: 1, label: 'Có' },
  { value: 0, label: 'Không' },
];

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

const choicesOf = (rules: CellRules) => rules.choices ?? (rules.kind === 'yesno' ? YES_NO : []);

function inRange(value: number, rules: CellRules): Parsed<number> {
  if (rules.min !== undefined && value < rules.min) return fail(`Giá trị phải từ ${formatNumber(rules.min)} trở lên`);
  if (rules.max !== undefined && value > rules.max) return fail(`Giá trị không được vượt quá ${formatNumber(rules.max)}`);
  return ok(value);
}

/** What typed or pasted text means in a cell of this kind. Blank is null (or refused when required). */
export function parseCellText(rules: CellRules, input: string): Parsed<CellValue> {
  const text = input.normalize('NFC').trim();
  if (text === '') return rules.required ? fail(`${rules.header} không được để trống`) : ok(null);
  switch (rules.kind) {
    case 'text':
      return ok(text);
    case 'integer':
      return parseNumber(text, { integer: true, min: rules.min, max: rules.max });
    case 'year':
      return parseNumber(text, { integer: true, min: rules.min ?? 1900, max: rules.max ?? 2100 });
    case 'decimal':
    case 'percent':
      return parseNumber(text, { min: rules.min, max: rules.max });
    case 'money': {
      // Money is typed in triệu đồng as plan tables print it, and stored in whole đồng.
      const millions = parseNumber(text);
      if (!millions.ok || millions.value === null) return millions;
      return inRange(Math.round(millions.value * DONG_PER_MILLION), rules);
    }
    case 'date':
      return parseDate(text);
    case 'yesno':
    case 'choice': {
      const match = matchChoice(text, choicesOf(rules));
      if (match.ok) return ok(match.choice.value);
      if (rules.kind === 'yesno') return parseYesNo(text);
      return fail(match.reason === 'ambiguous' ? `"${text}" khớp nhiều lựa chọn của ${rules.header}` : `"${text}" không có trong danh sách ${rules.header}`);
    }
  }
}

const isNumber = (value: CellValue | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** What the cell shows, the Vietnamese way. */
export function formatCellValue(rules: CellRules, value: CellValue | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  switch (rules.kind) {
    case 'integer':
      return isNumber(value) ? formatNumber(value, 0) : String(value);
    case 'decimal':
      return isNumber(value) ? formatNumber(value, rules.decimals ?? 2) : String(value);
    case 'percent':
      return isNumber(value) ? formatPercent(value, rules.decimals ?? 1) : String(value);
    case 'money':
      return isNumber(value) ? formatMillions(value) : String(value);
    case 'date':
      return formatDate(String(value));
    case 'yesno':
    case 'choice': {
      const key = typeof value === 'boolean' ? Number(value) : value;
      return choicesOf(rules).find((c) => c.value === key)?.label ?? String(value);
    }
    default:
      return String(value);
  }
}

/** Plain digits with a decimal comma and no grouping: reads back the same in Vietnamese and in English Excel for integers. */
const plainNumber = (value: number, decimals: number) => String(Number(value.toFixed(decimals))).replace('.', ',');

/** What Ctrl+C copies and the editor starts from: parseCellText reads it back to the same value. */
export function cellText(rules: CellRules, value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (!isNumber(value)) return formatCellValue(rules, value);
  switch (rules.kind) {
    case 'integer':
    case 'year':
      return String(value);
    case 'decimal':
    case 'percent':
      return plainNumber(value, 6);
    case 'money':
      return plainNumber(value / DONG_PER_MILLION, 6);
    default:
      return formatCellValue(rules, value);
  }
}
