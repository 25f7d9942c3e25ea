import { getOverviewSummary } from '../../../db/queries/overview';
import { getReferenceData } from '../../../db/queries/reference';
import {
  listCapitalByYearAndSource,
  listTargets,
} from '../../../db/queries/registers';
import type { MethodOutput as Out } from '../../api/methods';
import type { Handler } from '../handler-types';

// Read-only views. The SQL returns rows shaped like the contract's DTOs but typed loosely (text columns hold
// enum values the CHECK constraints guarantee); the dispatcher validates outputs in tests, which proves the shapes.
type ReadMethod =
  | 'reference.get'
  | 'overview.getSummary'
  | 'targets.list'
  | 'capital.listByYearAndSource';

export const readHandlers: { [M in ReadMethod]: Handler<M> } = {
  'reference.get': (_input, ctx) => getReferenceData(ctx.workspace.require().db) as Out<'reference.get'>,
  'overview.getSummary': (_input, ctx) => getOverviewSummary(ctx.workspace.require().sqlite),
  'targets.list': (_input, ctx) => listTargets(ctx.workspace.require().sqlite) as Out<'targets.list'>,
  'capital.listByYearAndSource': (_input, ctx) =>
    listCapitalByYearAndSource(ctx.workspace.require().sqlite) as Out<'capital.listByYearAndSource'>,
};
