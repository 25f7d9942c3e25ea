import type { Sqlite } from '../../../db/client';
import { institutionsInYear } from '../../../db/queries/assessment-scope';
import { assessmentYears, capitalByYearSource, capitalSourceCodes, entryCounts, provinceOf, stateCounts } from '../../../db/queries/dashboard';
import { fundingGaps } from '../../../db/queries/funding-gap';
import type { DashboardSummary, Trajectory } from '../../api/schemas/dashboard';
import { milestoneStatuses } from '../roadmap/derive-status';
import { readinessOfYear } from './readiness-of-year';
import { attainmentTile, capitalTile, completenessTile, disbursementTile, gapByYear, milestoneTile } from './tiles';
import { buildTrajectories, goalOf } from './trajectories';

// The years the contract accepts for the dashboard (assessmentYear).
const FIRST_YEAR = 2020;
const LAST_YEAR = 2035;
const clampYear = (year: number) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year));

/** Every year from the first to the last of a list, gaps filled: a chart's axis. */
function yearsBetween(list: readonly number[]): number[] {
  if (list.length === 0) return [];
  const from = Math.min(...list);
  return Array.from({ length: Math.max(...list) - from + 1 }, (_, i) => from + i);
}

/**
 * Everything the overview draws for one year in one call. The year defaults to the latest with assessment figures
 * (the year the planner is reporting on), else today's year. Milestones are judged as of `asOf` (today).
 */
export function dashboardSummary(sqlite: Sqlite, options: { year?: number | undefined; asOf: string }): DashboardSummary {
  const withFigures = assessmentYears(sqlite);
  const latestAssessmentYear = withFigures.at(-1) ?? null;
  const year = options.year ?? latestAssessmentYear ?? clampYear(Number(options.asOf.slice(0, 4)));
  const cells = capitalByYearSource(sqlite);
  const capitalYears = yearsBetween(cells.map((c) => c.year));
  const years = [...new Set([...withFigures, ...capitalYears, year])].filter((y) => y >= FIRST_YEAR && y <= LAST_YEAR).sort((a, b) => a - b);

  const trajectories = buildTrajectories(sqlite, { approvedOnly: false, fromYear: year, toYear: year }).targets;
  // Fully covered pairs (gap 0) are kept: the need counts them too, and they add nothing to a year's gap.
  const gaps = fundingGaps(sqlite, { all: true });
  const gapYears = yearsBetween([...capitalYears, ...gaps.flatMap((g) => [...g.byYear.keys()])]);
  const usedSources = new Set(cells.map((c) => c.sourceCode));
  const province = provinceOf(sqlite);
  const institutions = institutionsInYear(sqlite, year);
  const ids = institutions.map((i) => i.id);

  return {
    provinceName: province.name,
    isSample: province.isSample,
    year,
    years,
    latestAssessmentYear,
    asOf: options.asOf,
    attainment: attainmentTile(trajectories, year),
    completeness: completenessTile(institutions.length, entryCounts(sqlite, year, ids), stateCounts(sqlite, year, ids)),
    capital: capitalTile(gaps),
    disbursement: disbursementTile(cells, year),
    milestones: milestoneTile(milestoneStatuses(sqlite, options.asOf).values()),
    charts: {
      attainmentByTarget: trajectories.map((t) => attainmentBar(t, year)),
      readiness: readinessOfYear(sqlite, year, institutions),
      capitalBySourceYear: {
        years: capitalYears,
        sources: capitalSourceCodes(sqlite).filter((code) => usedSources.has(code)),
        cells,
      },
      gapByYear: gapByYear(gaps, gapYears),
    },
  };
}

function attainmentBar(t: Trajectory, year: number): DashboardSummary['charts']['attainmentByTarget'][number] {
  const point = t.points.find((p) => p.year === year);
  return {
    targetId: t.targetId,
    code: t.code,
    nameVi: t.nameVi,
    nameEn: t.nameEn,
    percent: point?.actual ?? null,
    target: point ? goalOf(point) : null,
    target2030: t.target2030.percent,
    projected2030: t.projection.value,
  };
}
