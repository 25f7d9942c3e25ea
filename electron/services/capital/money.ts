import type { CellValue } from '../../api/schemas/grid';
import { formatMillions } from '../../api/text/format';
import { type Parsed, parseNumber } from '../../api/text/parse';

// Amounts in the capital grids. On the wire money is integer đồng (a number); what a person types or pastes from
// a plan table is triệu đồng text ("1.234,5"), which the page may pass on unparsed. Both are read here, so pasted
// text and typed numbers are judged by one rule. Plans are kept to whole đồng.

const DONG_PER_MILLION = 1_000_000;
/** Far above any provincial plan (a million billion đồng), far below Number.MAX_SAFE_INTEGER. */
export const MAX_DONG = 1e15;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

export function readMoney(value: CellValue): Parsed<number | null> {
  if (value === null) return ok(null);
  if (typeof value === 'boolean') return fail('Số tiền phải là số');
  let dong: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('Số tiền phải là số hữu hạn');
    if (!Number.isInteger(value)) return fail(`${value} không phải số nguyên đồng`);
    dong = value;
  } else {
    const parsed = parseNumber(value);
    if (!parsed.ok) return fail(`${parsed.reason} (nhập số triệu đồng, ví dụ 1.234,5)`);
    if (parsed.value === null) return ok(null);
    dong = Math.round(parsed.value * DONG_PER_MILLION);
  }
  if (dong < 0) return fail('Số tiền không được âm');
  if (dong > MAX_DONG) return fail('Số tiền quá lớn (trên một triệu tỷ đồng)');
  return ok(dong);
}

/** "1.234,5 triệu đồng" for messages. */
export const millions = (dong: number) => `${formatMillions(dong)} triệu đồng`;
