import type { Sqlite } from '../../../db/client';
import { figuresFor, type FigureProfile, type IndicatorCode, indicatorCodes } from './indicator-figures';
import { idsByCode } from './reference-ids';

export type AssessmentState = 'draft' | 'submitted' | 'approved';

/** Writes one institution-year: every indicator's value and the assessment's state, through prepared statements. */
export function indicatorWriter(sqlite: Sqlite) {
  const indicatorId = idsByCode(sqlite, 'indicators');
  const indicators = indicatorCodes.map((code) => [code, indicatorId(code)] as const);
  const insertValue = sqlite.prepare('INSERT INTO indicator_values (institution_id, indicator_id, year, value, comment) VALUES (?, ?, ?, ?, ?)');
  const insertAssessment = sqlite.prepare('INSERT INTO assessments (institution_id, year, state) VALUES (?, ?, ?)');
  const counts = { values: 0, assessments: 0 };
  return {
    counts,
    write(institutionId: number, profile: FigureProfile, year: number, state: AssessmentState, comments: Partial<Record<IndicatorCode, string>> = {}) {
      const figures = figuresFor(profile, year);
      for (const [code, id] of indicators) insertValue.run(institutionId, id, year, figures[code], comments[code] ?? null);
      insertAssessment.run(institutionId, year, state);
      counts.values += indicators.length;
      counts.assessments += 1;
    },
  };
}
