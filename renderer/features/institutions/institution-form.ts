import type { CellEdit, CellProblem, CellValue } from '../../../electron/api/schemas/grid';
import type { InstitutionDetail } from '../../../electron/api/schemas/institutions';
import { formatNumber } from '../../../electron/api/text/format';

// The detail form holds every field as text (numbers the Vietnamese way), and saves only what changed, through
// the same applyEdits the grid uses: the server reads "1.234" and judges each field exactly as in the grid.

export const FORM_FIELDS = ['code', 'name', 'typeCode', 'ownershipCode', 'commune', 'address', 'foundedYear', 'teachers', 'managers', 'learners', 'contact', 'notes'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Partial<Record<FormField, string | undefined>>;

const COUNTS = new Set<FormField>(['teachers', 'managers', 'learners']);

export function formValuesOf(detail: InstitutionDetail): FormValues {
  const values: FormValues = {};
  for (const field of FORM_FIELDS) {
    const value = detail[field];
    if (value === null || value === undefined) values[field] = '';
    else if (typeof value === 'number') values[field] = COUNTS.has(field) ? formatNumber(value, 0) : String(value);
    else values[field] = value;
  }
  return values;
}

const cell = (text: string | undefined): CellValue => (text === undefined || text.trim() === '' ? null : text);

/** Edits for the fields whose text changed. */
export function changedEdits(id: number, before: FormValues, after: FormValues): CellEdit[] {
  return FORM_FIELDS.filter((field) => (before[field] ?? '') !== (after[field] ?? '')).map((field) => ({ id, field, value: cell(after[field]) }));
}

/** A new institution's row: every field given. */
export function newRow(values: FormValues): Record<string, CellValue> {
  const row: Record<string, CellValue> = {};
  for (const field of FORM_FIELDS) if (cell(values[field]) !== null) row[field] = cell(values[field]);
  return row;
}

/** The server's verdicts as form field errors and warnings. */
export function fieldFeedback(rejected: CellProblem[], warnings: { field: string; message: string }[]) {
  return [
    ...rejected.filter((p) => (FORM_FIELDS as readonly string[]).includes(p.field)).map((p) => ({ name: p.field, errors: [p.message] })),
    ...warnings.filter((w) => (FORM_FIELDS as readonly string[]).includes(w.field)).map((w) => ({ name: w.field, warnings: [w.message], errors: [] })),
  ];
}
