import { z } from 'zod';
import { method } from '../method';
import { empty } from '../schemas/common';
import {
  chartsInput,
  chartsResult,
  checksInput,
  checksResult,
  compareInput,
  compareResult,
  exportPlanInput,
  freezeVersionInput,
  frozenVersion,
  fundingGapInput,
  fundingGapResult,
  matrixEditsInput,
  matrixPage,
  matrixQuery,
  matrixTotals,
  matrixViewQuery,
  mediumTermPage,
  planVersionRow,
  sourceTotals,
  sourceTotalsInput,
} from '../schemas/capital';
import { applyEditsInput, applyEditsResult, exportResult, gridQuery } from '../schemas/grid';
import { byId, changeOnly } from '../schemas/projects';

// Capital plans and their checks. Writes are one recorded change each; reads are computed in SQL over the file.
export const capitalMethods = {
  // Annual plans: rows are project × source, columns the years fromYear–toYear of one measure.
  // The medium-term plan periods (2021–2025, 2026–2030…): the year ranges every capital view offers.
  'capital.periods': method(empty, z.array(z.object({ code: z.string(), startYear: z.number().int(), endYear: z.number().int() }))),
  'capital.matrix': method(matrixQuery, matrixPage),
  'capital.matrixTotals': method(matrixViewQuery, matrixTotals),
  'capital.sourceTotals': method(sourceTotalsInput, sourceTotals),
  // Cells `y<year>` of the measure; valid cells are written as ONE undoable change, bad ones rejected with the reason.
  'capital.applyMatrixEdits': method(matrixEditsInput, applyEditsResult),
  // Medium-term (five-year) plans per project and source: cells `m<start>_<end>`.
  'capital.mediumTerm': method(gridQuery, mediumTermPage),
  'capital.applyMediumTermEdits': method(applyEditsInput, applyEditsResult),

  'capital.checks': method(checksInput, checksResult),
  'capital.fundingGap': method(fundingGapInput, fundingGapResult),
  'capital.charts': method(chartsInput, chartsResult),

  'capital.listVersions': method(empty, z.array(planVersionRow)),
  // Freezes every annual and medium-term figure under a name; one undoable change.
  'capital.freezeVersion': method(freezeVersionInput, frozenVersion),
  'capital.deleteVersion': method(byId, changeOnly),
  'capital.compareVersions': method(compareInput, compareResult),

  // The investment-plan table of a year in the usual public-investment layout, to .xlsx where the user chooses.
  'capital.exportInvestmentPlan': method(exportPlanInput, exportResult),
} as const;
