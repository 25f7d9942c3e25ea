import type { EntryInstitutionDiff } from '../../../../electron/api/schemas/assessment';

// Which cells of a workbook difference the planner has ticked: institution id → indicator codes. Only cells that
// can be taken are ever ticked (a locked return or a cell with a problem cannot be).

export type Selection = ReadonlyMap<number, ReadonlySet<string>>;

export const acceptable = (institution: EntryInstitutionDiff) =>
  institution.locked ? [] : institution.cells.filter((c) => c.problem === null).map((c) => c.indicatorCode);

export function selectAll(institutions: readonly EntryInstitutionDiff[], skip: ReadonlySet<string> = new Set()): Selection {
  return new Map(
    institutions.map((i) => [i.institutionId, new Set(acceptable(i).filter((code) => !skip.has(`${i.institutionId}|${code}`)))] as const).filter(([, codes]) => codes.size > 0),
  );
}

export function withInstitution(selection: Selection, institution: EntryInstitutionDiff, on: boolean, skip: ReadonlySet<string> = new Set()): Selection {
  const next = new Map(selection);
  const codes = acceptable(institution).filter((code) => !skip.has(`${institution.institutionId}|${code}`));
  if (on && codes.length) next.set(institution.institutionId, new Set(codes));
  else next.delete(institution.institutionId);
  return next;
}

export function withCells(selection: Selection, institutionId: number, codes: readonly string[]): Selection {
  const next = new Map(selection);
  if (codes.length) next.set(institutionId, new Set(codes));
  else next.delete(institutionId);
  return next;
}

export const countOf = (selection: Selection) => [...selection.values()].reduce((n, codes) => n + codes.size, 0);

export const acceptListOf = (selection: Selection) =>
  [...selection].map(([institutionId, codes]) => ({ institutionId, indicatorCodes: [...codes] }));
