import type { MethodName } from '../../api/methods';
import { attainmentFor, attainmentSeriesFor } from '../assessment/attainment';
import { completenessOf } from '../assessment/completeness';
import { applyEntryImport } from '../assessment/entry-workbook/apply';
import { exportEntryWorkbooks } from '../assessment/entry-workbook/export';
import { importEntryWorkbooks } from '../assessment/entry-workbook/import';
import { assessmentGrid, institutionAssessment } from '../assessment/grid';
import { indicatorContext } from '../assessment/indicator-context';
import { planValueEdits } from '../assessment/plan-edits';
import { setAssessmentState } from '../assessment/states';
import { suggestTrajectory } from '../assessment/target-year';
import { createTarget, deleteTarget, requireTarget, targetDetails, updateTarget } from '../assessment/targets-edit';
import { authorOf, type ServiceContext } from '../context';
import type { Handler } from '../handler-types';
import { applyChanges, historyStatus } from '../history/mutation-path';

type AssessmentMethod = Extract<MethodName, `assessment.${string}`> | Exclude<Extract<MethodName, `targets.${string}`>, 'targets.list'>;

/** After a recorded change the renderer refetches what it shows. */
function changed(ctx: ServiceContext, changeSetId: number | null) {
  if (changeSetId !== null) ctx.emit('history.changed', historyStatus(ctx.workspace.require().sqlite));
}

function savedTarget(ctx: ServiceContext, id: number, changeSetId: number | null) {
  changed(ctx, changeSetId);
  return { target: targetDetails(ctx.workspace.require().sqlite, id)[0]!, changeSetId };
}

/** Handlers for electron/api/methods/assessment.ts (targets.list stays with the read-only views). */
export const assessmentHandlers: { [M in AssessmentMethod]: Handler<M> } = {
  'targets.listDetails': (_input, ctx) => targetDetails(ctx.workspace.require().sqlite),
  'targets.get': ({ id }, ctx) => {
    requireTarget(ctx.workspace.require().sqlite, id);
    return targetDetails(ctx.workspace.require().sqlite, id)[0]!;
  },
  'targets.create': ({ target, values }, ctx) => {
    const { id, changeSetId } = createTarget(ctx.workspace.require().sqlite, authorOf(ctx), target, values);
    return savedTarget(ctx, id, changeSetId);
  },
  'targets.update': ({ id, patch, values }, ctx) => {
    const { changeSetId } = updateTarget(ctx.workspace.require().sqlite, authorOf(ctx), id, patch, values);
    return savedTarget(ctx, id, changeSetId);
  },
  'targets.delete': ({ id }, ctx) => {
    const { changeSetId } = deleteTarget(ctx.workspace.require().sqlite, authorOf(ctx), id);
    changed(ctx, changeSetId);
    return { changeSetId };
  },
  'targets.suggestTrajectory': ({ targetId, replaceTrajectory, start, values }, ctx) => {
    const { sqlite } = ctx.workspace.require();
    const base = values ?? requireTarget(sqlite, targetId!).values;
    return { targetId: targetId ?? null, values: suggestTrajectory(base, { replaceTrajectory, start }) };
  },

  'assessment.grid': ({ year, query }, ctx) => assessmentGrid(ctx.workspace.require().sqlite, { year, ...query }),
  'assessment.applyEdits': ({ year, edits, label }, ctx) => {
    const { sqlite } = ctx.workspace.require();
    const planned = planValueEdits(sqlite, indicatorContext(sqlite), year, edits);
    const result = planned.changes.length
      ? applyChanges(sqlite, authorOf(ctx), {
          action: 'assessment.applyEdits',
          label: label ?? `Sửa số liệu đánh giá năm ${year} (${planned.applied.length} ô)`,
          changes: planned.changes,
        })
      : { changeSetId: null, insertedIds: [] };
    changed(ctx, result.changeSetId);
    return { applied: planned.applied.length, insertedIds: result.insertedIds, rejected: planned.rejected, warnings: planned.warnings, changeSetId: result.changeSetId };
  },
  'assessment.setState': (input, ctx) => {
    const result = setAssessmentState(ctx.workspace.require().sqlite, authorOf(ctx), input);
    changed(ctx, result.changeSetId);
    return result;
  },
  'assessment.institution': ({ year, institutionId }, ctx) => institutionAssessment(ctx.workspace.require().sqlite, year, institutionId),
  'assessment.attainment': ({ year, approvedOnly }, ctx) => ({ year, approvedOnly, rows: attainmentFor(ctx.workspace.require().sqlite, year, approvedOnly) }),
  'assessment.attainmentSeries': ({ fromYear, toYear, approvedOnly }, ctx) =>
    attainmentSeriesFor(ctx.workspace.require().sqlite, fromYear, toYear, approvedOnly),
  'assessment.completeness': ({ year }, ctx) => completenessOf(ctx.workspace.require().sqlite, year),
  'assessment.exportEntryWorkbooks': ({ year, institutionIds }, ctx) => exportEntryWorkbooks(ctx, year, institutionIds),
  'assessment.importEntryWorkbooks': async ({ year }, ctx) => {
    ctx.workspace.require();
    const files = await ctx.platform.chooseFilesToOpen('spreadsheet');
    if (files.length === 0) return { token: null, year: year ?? null, institutions: [], rejected: [] };
    return importEntryWorkbooks(ctx, files, year);
  },
  'assessment.applyEntryImport': ({ token, accept }, ctx) => {
    const result = applyEntryImport(ctx, token, accept);
    changed(ctx, result.changeSetId);
    return result;
  },
};
