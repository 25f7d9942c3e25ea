import { localIsoTimestamp } from '../platform';
import { readinessPage, readinessTotals } from '../dashboard/readiness-institutions';
import { dashboardSummary } from '../dashboard/summary';
import { buildTrajectories } from '../dashboard/trajectories';
import type { ServiceContext } from '../context';
import type { HandlersFor } from '../handler-types';

const sqliteOf = (ctx: ServiceContext) => ctx.workspace.require().sqlite;
// The host clock's calendar day: milestones are judged as of today, reproducibly in tests with a fixed clock.
const todayOf = (ctx: ServiceContext) => localIsoTimestamp(ctx.clock.now()).slice(0, 10);

/** Handlers for electron/api/methods/dashboard.ts. */
export const dashboardHandlers: HandlersFor<'dashboard'> = {
  'dashboard.getSummary': (input, ctx) => dashboardSummary(sqliteOf(ctx), { year: input.year, asOf: todayOf(ctx) }),
  'dashboard.targetTrajectories': (input, ctx) => buildTrajectories(sqliteOf(ctx), { approvedOnly: input.approvedOnly }),
  'dashboard.readinessInstitutions': (input, ctx) => readinessPage(sqliteOf(ctx), input),
  'dashboard.readinessTotals': (input, ctx) => readinessTotals(sqliteOf(ctx), input),
};
