// Where things are in an entry workbook (format version 1). The reader finds rows by the indicator code in column B,
// never by position, so a reordered catalogue still reads right.

export const SHEETS = {
  instructions: 'Hướng dẫn',
  data: 'Số liệu',
  identity: 'ma_nhan_dang',
} as const;

export const DATA_COLUMNS = {
  order: 1,
  code: 2,
  name: 3,
  unit: 4,
  previous: 5,
  value: 6,
  comment: 7,
} as const;

/** Rows 1–5 describe the institution and year; row 6 holds the headers; figures start at row 7. */
export const HEADER_ROW = 6;
export const FIRST_DATA_ROW = 7;

export const YES = 'Có';
export const NO = 'Không';
