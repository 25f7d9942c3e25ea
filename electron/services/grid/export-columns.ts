import type { ExportViewInput } from '../../api/schemas/grid';
import { ServiceError } from '../service-error';

// The columns of an exported view: the ones the user sees, in their order, with their headers; the register says
// how each field's value is read and what kind of number it is (which decides the spreadsheet's number format).

export type ExportKind = 'text' | 'integer' | 'decimal' | 'year';

export interface ExportField<Row> {
  kind: ExportKind;
  /** The exported value: labels rather than codes, numbers as numbers. */
  value: (row: Row) => string | number | null;
  /** Width in characters; otherwise from the header and the longest value. */
  width?: number;
}

export interface ExportColumn<Row> extends ExportField<Row> {
  field: string;
  header: string;
}

/** The requested columns, each known to the register; an unknown field is refused before any file is made. */
export function resolveExportColumns<Row>(requested: ExportViewInput['columns'], fields: Record<string, ExportField<Row>>): ExportColumn<Row>[] {
  return requested.map(({ field, header }) => {
    const spec = fields[field];
    if (!spec) throw new ServiceError('INVALID_INPUT', `Không xuất được cột "${field}".`, { field });
    return { ...spec, field, header: header.trim() || field };
  });
}
