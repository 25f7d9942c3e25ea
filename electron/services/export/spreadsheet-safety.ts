// Exports carry user text into files other programs open. A cell that begins with = + - @ (or a tab / carriage
// return that Excel strips before looking) is read by Excel and LibreOffice as a formula: "formula injection".
// Prefixing an apostrophe is what Excel itself does to show such text literally.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text safe to put in a spreadsheet cell or CSV field: never evaluated as a formula. Numbers are left alone. */
export function neutraliseFormula<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

// Characters Windows forbids in file names, control characters, and names Windows reserves.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name (not a path) that is valid on Windows and Linux, keeps Vietnamese letters, and is never empty. */
export function sanitiseFileName(name: string, fallback = 'tep'): string {
  const cleaned = name.normalize('NFC').replace(FORBIDDEN, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').replace(/[. ]+$/, '').slice(0, 150);
  const stem = cleaned.split('.')[0] ?? '';
  if (!cleaned || RESERVED.test(stem)) return fallback;
  return cleaned;
}
