import { getOverviewSummary } from '../../../db/queries/overview';
import { getReferenceData } from '../../../db/queries/reference';
import {
  listCapitalByYearAndSource,
  listInstitutions,
  listMilestones,
  listProjects,
  listTargets,
} from '../../../db/queries/registers';
import type { MethodOutput as Out } from '../../api/methods';
import type { HandlersFor } from '../handler-types';

// Read-only views. The SQL returns rows shaped like the contract's DTOs but typed loosely (text columns hold
// enum values the CHECK constraints guarantee); the dispatcher validates outputs in tests, which proves the shapes.
export const readHandlers: HandlersFor<'overview'> &
  HandlersFor<'institutions'> &
  HandlersFor<'projects'> &
  HandlersFor<'targets'> &
  HandlersFor<'capital'> &
  HandlersFor<'roadmap'> &
  HandlersFor<'reference'> = {
  'reference.get': (_input, ctx) => getReferenceData(ctx.workspace.require().db) as Out<'reference.get'>,
  'overview.getSummary': (_input, ctx) => getOverviewSummary(ctx.workspace.require().sqlite),
  'institutions.list': (input, ctx) => listInstitutions(ctx.workspace.require().sqlite, input) as Out<'institutions.list'>,
  'projects.list': (input, ctx) => listProjects(ctx.workspace.require().sqlite, input) as Out<'projects.list'>,
  'targets.list': (_input, ctx) => listTargets(ctx.workspace.require().sqlite) as Out<'targets.list'>,
  'capital.listByYearAndSource': (_input, ctx) =>
    listCapitalByYearAndSource(ctx.workspace.require().sqlite) as Out<'capital.listByYearAndSource'>,
  'roadmap.listMilestones': (_input, ctx) => listMilestones(ctx.workspace.require().sqlite) as Out<'roadmap.listMilestones'>,
};
