// Reading what people type or paste from Excel / LibreOffice: Vietnamese (1.234,5) and plain (1,234.5 or 1234.5)
// numbers, dd/mm/yyyy dates, yes/no words. Shared by the page (paste) and the services (imports), so a value is
// read the same way everywhere. Each returns a value or a Vietnamese reason, never throws.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

export interface NumberRules {
  /** Integers only (counts, đồng): a single separator followed by three digits is then a thousands separator. */
  integer?: boolean;
  min?: number;
  max?: number;
}

/**
 * "1.234" and "1,234" both mean one thousand two hundred and thirty-four in a count (Vietnamese and English
 * habits); in a decimal field a lone comma is the Vietnamese decimal mark ("1,5" = 1.5) and a lone dot followed by
 * exactly three digits is a thousands dot. With both marks, the last one is the decimal mark.
 */
export function parseNumber(input: string | number | null | undefined, rules: NumberRules = {}): Parsed<number | null> {
  if (input === null || input === undefined) return ok(null);
  if (typeof input === 'number') return checkRange(input, rules);
  let text = input.normalize('NFC').replace(/[\s\u00a0\u202f]/g, '');
  if (text === '' || text === '-') return ok(null);
  let negative = false;
  if (/^\(.*\)$/.test(text)) [negative, text] = [true, text.slice(1, -1)];
  if (text.startsWith('-')) [negative, text] = [!negative, text.slice(1)];
  text = text.replace(/%$/, '');
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return fail(`"${input}" không phải là số`);

  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  let normalised: string;
  if (dots && commas) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    if (text.split(decimal).length > 2) return fail(`"${input}" có nhiều dấu thập phân`);
    normalised = text.split(thousands).join('').replace(decimal, '.');
  } else if (dots + commas === 0) {
    normalised = text;
  } else {
    const mark = dots ? '.' : ',';
    const parts = text.split(mark);
    const grouped = parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && parts[0]!.length >= 1 && parts[0]!.length <= 3;
    if (parts.length > 2) {
      if (!grouped) return fail(`"${input}" không đúng dạng số`);
      normalised = parts.join('');
    } else if (rules.integer) {
      if (!grouped) return fail(`"${input}" phải là số nguyên`);
      normalised = parts.join('');
    } else if (mark === ',') {
      normalised = parts.join('.');
    } else {
      normalised = grouped ? parts.join('') : parts.join('.');
    }
  }
  const value = Number(normalised) * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return fail(`"${input}" không phải là số`);
  return checkRange(value, rules);
}

function checkRange(value: number, rules: NumberRules): Parsed<number> {
  if (!Number.isFinite(value)) return fail('Giá trị không phải là số hữu hạn');
  if (rules.integer && !Number.isInteger(value)) return fail(`${value} phải là số nguyên`);
  if (rules.min !== undefined && value < rules.min) return fail(`Giá trị phải từ ${rules.min} trở lên`);
  if (rules.max !== undefined && value > rules.max) return fail(`Giá trị không được vượt quá ${rules.max}`);
  return ok(value);
}

/** dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or ISO yyyy-mm-dd → ISO yyyy-mm-dd; a real calendar date. */
export function parseDate(input: string | null | undefined): Parsed<string | null> {
  const text = (input ?? '').trim();
  if (!text) return ok(null);
  let day: number, month: number, year: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (vn) [day, month, year] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return fail(`"${text}" không đúng dạng ngày dd/mm/yyyy`);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail(`"${text}" không phải là ngày có thật`);
  }
  return ok(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

const YES = new Set(['co', 'x', 'yes', 'y', '1', 'true', 'dat', 'da', 'roi']);
const NO = new Set(['khong', 'no', 'n', '0', 'false', 'chua']);

/** có / không (with or without diacritics), x, 1 / 0, yes / no → 1 / 0; blank → null. */
export function parseYesNo(input: string | number | boolean | null | undefined): Parsed<0 | 1 | null> {
  if (input === null || input === undefined || input === '') return ok(null);
  if (typeof input === 'boolean') return ok(input ? 1 : 0);
  if (typeof input === 'number') return input === 1 || input === 0 ? ok(input) : fail(`${input}: chỉ nhận 1 (có) hoặc 0 (không)`);
  const word = input.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').trim().toLowerCase();
  if (YES.has(word)) return ok(1);
  if (NO.has(word)) return ok(0);
  return fail(`"${input}": chỉ nhận "có" hoặc "không"`);
}
