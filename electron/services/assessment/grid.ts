import type { Sqlite } from '../../../db/client';
import { assessmentPage, type AssessmentPageArgs } from '../../../db/queries/assessment-grid';
import { inYearFlags } from '../../../db/queries/assessment-scope';
import { statesOf, valuesOf } from '../../../db/queries/assessment-values';
import type { AssessmentRow, InstitutionAssessment } from '../../api/schemas/assessment';
import { ServiceError } from '../service-error';
import { yearLocks } from '../submission/year-lock';
import { indicatorContext, numbersOf, storedWarnings, valueMaps } from './indicator-context';

/** One page of the year's grid: institutions × indicators, with each cell's comment and warning. */
export function assessmentGrid(sqlite: Sqlite, args: AssessmentPageArgs) {
  const context = indicatorContext(sqlite);
  const page = assessmentPage(sqlite, args, new Set(context.byCode.keys()));
  const ids = page.rows.map((r) => r.id);
  const stored = valuesOf(sqlite, ids, [args.year, args.year - 1]);
  const current = valueMaps(stored, args.year);
  const previous = valueMaps(stored, args.year - 1);
  const yearLock = yearLocks(sqlite).get(args.year) ?? null;
  const rows = page.rows.map((row): AssessmentRow => {
    const cells = current.get(row.id);
    const values: Record<string, number | null> = {};
    const comments: Record<string, string> = {};
    let missing = 0;
    for (const indicator of context.list) {
      const cell = cells?.get(indicator.code);
      values[indicator.code] = cell?.value ?? null;
      if (cell?.comment) comments[indicator.code] = cell.comment;
      if ((cell?.value ?? null) === null) missing += 1;
    }
    const warnings = Object.fromEntries(storedWarnings(context, numbersOf(cells), numbersOf(previous.get(row.id))));
    // A year approved in the submission to the ministry locks every cell of the row (the triggers refuse the write).
    return { ...row, values, comments, warnings, missing, ...(yearLock ? { lockedReason: yearLock } : {}) };
  });
  return {
    total: page.total,
    rows,
    indicators: context.list.map(({ code, nameVi, nameEn, unit }) => ({ code, nameVi, nameEn, unit })),
  };
}

/** Everything one institution reported for a year, indicator by indicator, with last year's figure beside it. */
export function institutionAssessment(sqlite: Sqlite, year: number, institutionId: number): InstitutionAssessment {
  const institution = inYearFlags(sqlite, year, [institutionId]).get(institutionId);
  if (!institution) throw new ServiceError('NOT_FOUND', `Không có cơ sở #${institutionId}.`, { institutionId });
  const context = indicatorContext(sqlite);
  const stored = valuesOf(sqlite, [institutionId], [year, year - 1]);
  const current = valueMaps(stored, year).get(institutionId);
  const previous = valueMaps(stored, year - 1).get(institutionId);
  const warnings = storedWarnings(context, numbersOf(current), numbersOf(previous));
  const state = statesOf(sqlite, year, [institutionId]).get(institutionId);
  const { inYear, ...identity } = institution;
  return {
    institution: { id: institutionId, ...identity },
    year,
    state: state?.state ?? 'none',
    reopenReason: state?.reopenReason ?? null,
    inYear,
    items: context.list.map((indicator) => ({
      code: indicator.code,
      nameVi: indicator.nameVi,
      nameEn: indicator.nameEn,
      unit: indicator.unit,
      value: current?.get(indicator.code)?.value ?? null,
      comment: current?.get(indicator.code)?.comment ?? null,
      previous: previous?.get(indicator.code)?.value ?? null,
      warning: warnings.get(indicator.code) ?? null,
    })),
  };
}
