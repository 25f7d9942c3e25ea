import type { Sqlite } from '../../../db/client';
import { institutionsInYear } from '../../../db/queries/assessment-scope';
import { INSTITUTION_FILTERS, type InstitutionListRow, type InstitutionView, listInstitutionView } from '../../../db/queries/institutions';
import type { ReadinessBand } from '../../api/schemas/dashboard';
import { institutionWarnings } from '../grid/registers/institutions';
import { ServiceError } from '../service-error';
import { bandsOfYear } from './readiness-of-year';

// The institution register limited to one readiness band: the register's own view (search, filters, sort in SQL,
// db/queries/institutions.ts) with the band's institutions kept. The register holds at most a few thousand rows,
// so reading the whole view and keeping the band's ids costs a few milliseconds and keeps one definition of the view.

interface BandView extends InstitutionView {
  readinessYear: number;
  readiness: ReadinessBand;
}

function checked(view: InstitutionView) {
  for (const field of Object.keys(view.filters ?? {})) {
    if (!Object.hasOwn(INSTITUTION_FILTERS, field)) throw new ServiceError('INVALID_INPUT', `Không lọc được theo "${field}".`, { field });
  }
}

function rowsOfBand(sqlite: Sqlite, view: BandView): InstitutionListRow[] {
  checked(view);
  const bands = bandsOfYear(sqlite, view.readinessYear, institutionsInYear(sqlite, view.readinessYear));
  return listInstitutionView(sqlite, view).filter((row) => bands.get(row.id) === view.readiness);
}

export function readinessPage(sqlite: Sqlite, view: BandView & { offset: number; limit: number }) {
  const rows = rowsOfBand(sqlite, view);
  return {
    total: rows.length,
    rows: rows.slice(view.offset, view.offset + view.limit).map((row) => ({ ...row, warnings: institutionWarnings(row) })),
  };
}

export function readinessTotals(sqlite: Sqlite, view: BandView) {
  const rows = rowsOfBand(sqlite, view);
  const sum = (pick: (r: InstitutionListRow) => number | null) => rows.reduce((n, r) => n + (pick(r) ?? 0), 0);
  return { count: rows.length, teachers: sum((r) => r.teachers), managers: sum((r) => r.managers), learners: sum((r) => r.learners) };
}
