import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { formatMillions, formatNumber } from '../../electron/api/text/format';
import { compareVietnamese } from '../../electron/api/text/vietnamese';

// Column presets shared by every grid: text sorts in Vietnamese order when the grid sorts it (client mode),
// numbers align right in tabular figures and print the Vietnamese way through the shared formatters.

const numberClasses = ['ag-right-aligned-cell', 'num'];

const asNumber = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export function textColumn<T>(def: ColDef<T>): ColDef<T> {
  return {
    comparator: (a: unknown, b: unknown) => compareVietnamese(String(a ?? ''), String(b ?? '')),
    ...def,
  };
}

// AG Grid sets a cell's line height to the row height; wrapped text needs an ordinary line height and padding.
const wrappedCellStyle = { lineHeight: '20px', paddingTop: '7px', paddingBottom: '7px', wordBreak: 'normal' } as const;

/** Long text that wraps onto more lines; the row grows to fit (client mode only: paged rows keep one height). */
export function wrappedTextColumn<T>(def: ColDef<T>): ColDef<T> {
  return textColumn({ wrapText: true, autoHeight: true, cellStyle: wrappedCellStyle, ...def });
}

/** Counts and other integers: 1.234.567. */
export function integerColumn<T>(def: ColDef<T>): ColDef<T> {
  return {
    type: 'rightAligned',
    cellClass: numberClasses,
    width: 120,
    valueFormatter: (p: ValueFormatterParams<T>) => formatNumber(asNumber(p.value), 0),
    ...def,
  };
}

/** Money: integer đồng on the wire, triệu đồng on screen with up to 3 decimals (1.234,5). */
export function millionsColumn<T>(def: ColDef<T>): ColDef<T> {
  return {
    type: 'rightAligned',
    cellClass: numberClasses,
    width: 150,
    valueFormatter: (p: ValueFormatterParams<T>) => formatMillions(asNumber(p.value)),
    ...def,
  };
}

/** Years name a period rather than count anything: no thousands separator (2025, not 2.025), aligned left. */
export function yearColumn<T>(def: ColDef<T>): ColDef<T> {
  return { width: 90, cellStyle: { fontVariantNumeric: 'tabular-nums' }, ...def };
}
