import { parseDate, parseNumber } from '../../../api/text/parse';
import { type Cell, cellText, isDate, isError } from '../grid';
import type { FieldSpec } from './fields';
import type { ReferenceMatcher } from './reference-match';

// One cell → one field's value, or why not, in words a planner understands. Blank is always fine here; whether
// a blank is allowed is the row's business.

export type Read<T> = { ok: true; value: T | null } | { ok: false; message: string };
const ok = <T>(value: T | null): Read<T> => ({ ok: true, value });
const fail = (message: string): Read<never> => ({ ok: false, message });

// Control characters (other than line breaks and tabs, which become spaces) come from copy-paste, never on purpose.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function cleanText(text: string, keepLineBreaks = false): string {
  const cleaned = text.normalize('NFC').replace(CONTROL, '');
  return keepLineBreaks
    ? cleaned
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
        .join('\n')
        .trim()
    : cleaned.replace(/[\s\u00a0]+/g, ' ').trim();
}

const describe = (cell: Cell) => (isDate(cell) ? `ngày ${cellText(cell)}` : typeof cell === 'boolean' ? `giá trị ${cellText(cell)}` : `"${cellText(cell)}"`);

export function readText(cell: Cell, spec: FieldSpec): Read<string> {
  if (isError(cell)) return fail(`ô có lỗi công thức ${cell.error}`);
  const text = cleanText(cellText(cell), spec.multiline);
  if (!text) return ok(null);
  if (spec.maxLength && text.length > spec.maxLength) return fail(`dài ${text.length.toLocaleString('vi-VN')} ký tự, tối đa ${spec.maxLength}`);
  return ok(text);
}

export function readCount(cell: Cell): Read<number> {
  if (isError(cell)) return fail(`ô có lỗi công thức ${cell.error}`);
  if (isDate(cell) || typeof cell === 'boolean') return fail(`cần một số, ô lại chứa ${describe(cell)}`);
  const parsed = parseNumber(typeof cell === 'number' ? cell : cleanText(cellText(cell)), { integer: true, min: 0, max: 10_000_000 });
  if (!parsed.ok) return fail(parsed.reason);
  return ok(parsed.value);
}

export function readYear(cell: Cell): Read<number> {
  if (isError(cell)) return fail(`ô có lỗi công thức ${cell.error}`);
  if (typeof cell === 'boolean') return fail(`cần năm (ví dụ 1998), ô lại chứa ${describe(cell)}`);
  if (isDate(cell)) return ok(Number(cell.date.slice(0, 4)));
  const text = cleanText(cellText(cell));
  const asDate = parseDate(text);
  if (typeof cell === 'string' && asDate.ok && asDate.value) return ok(Number(asDate.value.slice(0, 4)));
  const parsed = parseNumber(typeof cell === 'number' ? cell : text, { integer: true, min: 1900, max: 2100 });
  if (!parsed.ok) return fail(`cần năm từ 1900 đến 2100 (${parsed.reason})`);
  return ok(parsed.value);
}

export function readDate(cell: Cell): Read<string> {
  if (isError(cell)) return fail(`ô có lỗi công thức ${cell.error}`);
  if (isDate(cell)) return ok(cell.date);
  if (typeof cell !== 'string') return fail(`cần ngày dạng dd/mm/yyyy, ô lại chứa ${describe(cell)}`);
  const parsed = parseDate(cleanText(cell));
  return parsed.ok ? ok(parsed.value) : fail(parsed.reason);
}

export function readReference(cell: Cell, matcher: ReferenceMatcher, what: string): Read<string> {
  if (isError(cell)) return fail(`ô có lỗi công thức ${cell.error}`);
  const text = cleanText(cellText(cell));
  if (!text) return ok(null);
  const item = matcher.find(text);
  if (item) return ok(item.code);
  const known = matcher.items.map((i) => i.code).join(', ');
  return fail(`${what} "${text.slice(0, 80)}" không có trong danh mục (dùng mã ${known} hoặc tên loại trong danh mục)`);
}
