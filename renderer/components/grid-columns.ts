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

/** Years print without a thousands separator (2025, not 2.025). */
export function yearColumn<T>(def: ColDef<T>): ColDef<T> {
  return { type: 'rightAligned', cellClass: numberClasses, width: 100, ...def };
}
