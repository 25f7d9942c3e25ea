import type { CellValue } from '../../api/schemas/grid';
import { type Parsed, parseDate, parseNumber, parseYesNo } from '../../api/text/parse';
import { foldVietnamese } from '../../api/text/vietnamese';
import type { PublicValue } from './field-spec';

// Readers for FieldSpec.parse, built on the shared parsers (electron/api/text/parse.ts) so a value pasted into the
// grid, typed in a form or read from an imported file is judged the same way. Blank cells read as null.

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

export function textReader(options: { maxLength?: number } = {}) {
  const max = options.maxLength ?? 2000;
  return (value: CellValue): Parsed<PublicValue> => {
    if (value === null) return ok(null);
    const text = String(value).normalize('NFC').trim();
    if (text === '') return ok(null);
    if (text.length > max) return fail(`Dài quá ${max} ký tự`);
    return ok(text);
  };
}

export function integerReader(options: { min?: number; max?: number } = {}) {
  return (value: CellValue): Parsed<PublicValue> => {
    if (typeof value === 'boolean') return fail('Phải là số nguyên');
    return parseNumber(value, { integer: true, ...options });
  };
}

export function decimalReader(options: { min?: number; max?: number } = {}) {
  return (value: CellValue): Parsed<PublicValue> => {
    if (typeof value === 'boolean') return fail('Phải là số');
    return parseNumber(value, options);
  };
}

export function dateReader() {
  return (value: CellValue): Parsed<PublicValue> => (typeof value === 'string' || value === null ? parseDate(value) : fail('Phải là ngày dd/mm/yyyy'));
}

export function yesNoReader() {
  return (value: CellValue): Parsed<PublicValue> => parseYesNo(value);
}

export interface ChoiceItem {
  code: string;
  names: string[];
}

/** A code of a reference list; also accepts a name without diacritics or case (what a person pastes from Excel). */
export function choiceReader(items: () => ChoiceItem[], what: string) {
  return (value: CellValue): Parsed<PublicValue> => {
    if (value === null) return ok(null);
    const text = String(value).trim();
    if (text === '') return ok(null);
    const folded = foldVietnamese(text);
    const found = items().find((item) => foldVietnamese(item.code) === folded || item.names.some((name) => foldVietnamese(name) === folded));
    return found ? ok(found.code) : fail(`${what} "${text}" không có trong danh mục`);
  };
}

/** Codes compare ignoring ASCII case, as the database's NOCASE duplicate check does. */
export const codeKey = (value: PublicValue): string => String(value ?? '').replace(/[A-Z]/g, (c) => c.toLowerCase());
