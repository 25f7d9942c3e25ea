import { planPeriods } from '../../../db/queries/capital-matrix';
import { fundingGaps, gapByYearAndSource } from '../../../db/queries/funding-gap';
import { authorOf, type ServiceContext } from '../context';
import { chartData } from '../capital/charts';
import { runChecks } from '../capital/checks';
import { exportInvestmentPlan } from '../capital/investment-plan/export';
import { applyMatrixEdits } from '../capital/matrix-edits';
import { readMatrixPage, readMatrixTotals, readSourceTotals } from '../capital/matrix';
import { applyMediumTermEdits, readMediumTerm } from '../capital/medium-term';
import { compareVersions, deleteVersion, freezeVersion, listVersions } from '../capital/versions';
import type { HandlersFor } from '../handler-types';
import { todayOf } from './projects';

const sqliteOf = (ctx: ServiceContext) => ctx.workspace.require().sqlite;

/** Handlers for electron/api/methods/capital.ts. */
export const capitalHandlers = {
  'capital.periods': (_input, ctx) => planPeriods(sqliteOf(ctx)).map(({ id: _id, ...period }) => period),
  'capital.matrix': (input, ctx) => readMatrixPage(sqliteOf(ctx), input),
  'capital.matrixTotals': (input, ctx) => readMatrixTotals(sqliteOf(ctx), input),
  'capital.sourceTotals': (input, ctx) => readSourceTotals(sqliteOf(ctx), input),
  'capital.applyMatrixEdits': (input, ctx) => applyMatrixEdits(sqliteOf(ctx), authorOf(ctx), input),
  'capital.mediumTerm': (input, ctx) => readMediumTerm(sqliteOf(ctx), input),
  'capital.applyMediumTermEdits': (input, ctx) => applyMediumTermEdits(sqliteOf(ctx), authorOf(ctx), input),
  'capital.checks': (input, ctx) => {
    const asOf = input.asOf ?? todayOf(ctx);
    return runChecks(sqliteOf(ctx), input.year ?? Number(asOf.slice(0, 4)), asOf);
  },
  'capital.fundingGap': (input, ctx) => {
    const gaps = fundingGaps(sqliteOf(ctx));
    return {
      byYearSource: gapByYearAndSource(gaps, input),
      projects: (input.withProjects === false ? [] : gaps).map(({ byYear, sourceId: _s, startYear: _a, endYear: _b, ...gap }) => ({
        ...gap,
        byYear: Object.fromEntries([...byYear].map(([year, amount]) => [String(year), amount])),
      })),
      totalDong: gaps.reduce((n, gap) => n + gap.gapDong, 0),
    };
  },
  'capital.charts': (input, ctx) => chartData(sqliteOf(ctx), input.fromYear, input.toYear),
  'capital.listVersions': (_input, ctx) => listVersions(sqliteOf(ctx)),
  'capital.freezeVersion': (input, ctx) => freezeVersion(sqliteOf(ctx), authorOf(ctx), input),
  'capital.deleteVersion': (input, ctx) => deleteVersion(sqliteOf(ctx), authorOf(ctx), input.id),
  'capital.compareVersions': (input, ctx) => compareVersions(sqliteOf(ctx), input),
  'capital.exportInvestmentPlan': (input, ctx) => exportInvestmentPlan(sqliteOf(ctx), ctx.platform, input.year),
} satisfies Omit<HandlersFor<'capital'>, 'capital.listByYearAndSource'>;
