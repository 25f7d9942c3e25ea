import { method } from '../method';
import {
  dashboardInput,
  dashboardSummary,
  readinessListInput,
  readinessViewInput,
  trajectories,
  trajectoriesInput,
} from '../schemas/dashboard';
import { institutionPage, institutionTotals } from '../schemas/institutions';

// The overview dashboard and the target trajectories. Reads only; each is one call so a page draws after one round trip.
export const dashboardMethods = {
  // Tiles and chart data of one year (default: the latest with assessment figures), with the years worth choosing.
  'dashboard.getSummary': method(dashboardInput, dashboardSummary),
  // Per target: national and provincial target values, actual attainment by year and its projection to 2030, with a flag.
  'dashboard.targetTrajectories': method(trajectoriesInput, trajectories),
  // The institution register restricted to one readiness band of a year: the drill-down of the readiness chart.
  'dashboard.readinessInstitutions': method(readinessListInput, institutionPage),
  'dashboard.readinessTotals': method(readinessViewInput, institutionTotals),
} as const;
