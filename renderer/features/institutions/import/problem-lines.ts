import type { ImportPreview } from '../../../../electron/api/schemas/institution-import';
import { fill } from '../lifecycle/local-texts';
import type { ImportTexts } from './texts';

export interface ProblemLine {
  key: string;
  rowNumber: number;
  severity: 'error' | 'warning';
  text: string;
}

/** Every problem as one sentence naming sheet, row and column, errors and warnings apart, in row order. */
export function problemLines(preview: ImportPreview, tx: ImportTexts): { errors: ProblemLine[]; warnings: ProblemLine[] } {
  const errors: ProblemLine[] = [];
  const warnings: ProblemLine[] = [];
  for (const row of preview.rows) {
    row.problems.forEach((p, i) => {
      const values = { sheet: preview.sheet, row: row.rowNumber, column: p.column ?? '', message: p.message };
      const line = { key: `${row.rowNumber}-${i}`, rowNumber: row.rowNumber, severity: p.severity, text: fill(p.column ? tx.preview.line : tx.preview.lineRow, values) };
      (p.severity === 'error' ? errors : warnings).push(line);
    });
  }
  return { errors, warnings };
}
