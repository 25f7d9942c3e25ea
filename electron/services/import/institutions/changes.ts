import type { Change } from '../../history/change';
import { dayBefore, type RowPlan } from './plan';
import type { ReferenceMatcher } from './reference-match';

const RECORD_FIELDS = ['name', 'commune', 'address', 'foundedYear', 'teachers', 'managers', 'learners', 'contact', 'notes'] as const;

export interface ImportChanges {
  changes: Change[];
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * The chosen rows as one change set. New institutions get their ids up front (the next free ones) so their
 * governance rows can name them inside the same request; the caller must not yield between planning and writing.
 */
export function importChanges(rows: RowPlan[], firstNewId: number, types: ReferenceMatcher, ownerships: ReferenceMatcher): ImportChanges {
  const typeId = new Map(types.items.map((i) => [i.code, i.id]));
  const ownershipId = new Map(ownerships.items.map((i) => [i.code, i.id]));
  const changes: Change[] = [];
  let nextId = firstNewId;
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of rows) {
    const v = row.values;
    if (row.status === 'new') {
      const id = nextId++;
      const values: Record<string, unknown> = {
        id,
        code: v.code,
        name: v.name,
        typeId: typeId.get(String(v.typeCode)),
        ownershipId: ownershipId.get(String(v.ownershipCode)),
        status: 'active',
      };
      for (const field of RECORD_FIELDS) if (v[field] !== null && v[field] !== undefined) values[field] = v[field];
      changes.push({ op: 'insert', table: 'institutions', values: values as never });
      if (row.governance && typeof v.governingBody === 'string') {
        changes.push({ op: 'insert', table: 'institution_governance', values: { institutionId: id, governingBody: v.governingBody, validFrom: row.governance.validFrom } });
      }
      inserted += 1;
    } else if (row.status === 'update' && row.match) {
      const id = row.match.institution.id;
      const set: Record<string, unknown> = {};
      for (const d of row.differences) {
        if (d.field === 'typeCode') set.typeId = typeId.get(String(d.to));
        else if (d.field === 'ownershipCode') set.ownershipId = ownershipId.get(String(d.to));
        else if ((RECORD_FIELDS as readonly string[]).includes(d.field)) set[d.field] = d.to;
      }
      if (Object.keys(set).length) changes.push({ op: 'update', table: 'institutions', id, set: set as never });
      if (row.governance && typeof v.governingBody === 'string') {
        const { closeId, validFrom } = row.governance;
        if (closeId !== null) changes.push({ op: 'update', table: 'institution_governance', id: closeId, set: { validTo: dayBefore(validFrom) } });
        changes.push({ op: 'insert', table: 'institution_governance', values: { institutionId: id, governingBody: v.governingBody, validFrom } });
      }
      updated += 1;
    } else if (row.status === 'unchanged') unchanged += 1;
  }
  return { changes, inserted, updated, unchanged };
}
