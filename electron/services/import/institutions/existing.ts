import type { Sqlite } from '../../../../db/client';
import { foldVietnamese } from '../../../api/text/vietnamese';

/** An institution of the register as an import compares against it. */
export interface ExistingInstitution {
  id: number;
  code: string;
  name: string;
  status: string;
  typeCode: string;
  ownershipCode: string;
  commune: string | null;
  address: string | null;
  foundedYear: number | null;
  teachers: number | null;
  managers: number | null;
  learners: number | null;
  contact: string | null;
  notes: string | null;
  /** The open governance row (no end date), if any. */
  governanceId: number | null;
  governingBody: string | null;
  governingFrom: string | null;
}

export const codeKey = (code: string) => code.normalize('NFC').trim().toUpperCase();
/** Names compare without diacritics, case, punctuation or NFC/NFD differences. */
export const nameKey = (name: string) =>
  foldVietnamese(name.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface Register {
  all: ExistingInstitution[];
  byCode: Map<string, ExistingInstitution>;
  byName: Map<string, ExistingInstitution[]>;
  maxId: number;
}

export function loadRegister(sqlite: Sqlite): Register {
  const all = sqlite
    .prepare(
      `SELECT i.id, i.code, i.name, i.status, t.code AS typeCode, o.code AS ownershipCode, i.commune, i.address,
         i.founded_year AS foundedYear, i.teachers, i.managers, i.learners, i.contact, i.notes,
         g.id AS governanceId, g.governing_body AS governingBody, g.valid_from AS governingFrom
       FROM institutions i
       JOIN institution_types t ON t.id = i.type_id
       JOIN ownership_kinds o ON o.id = i.ownership_id
       LEFT JOIN institution_governance g ON g.id = (
         SELECT id FROM institution_governance WHERE institution_id = i.id AND valid_to IS NULL ORDER BY valid_from DESC, id DESC LIMIT 1)
       ORDER BY i.id`,
    )
    .all() as ExistingInstitution[];
  const byCode = new Map(all.map((i) => [codeKey(i.code), i]));
  const byName = new Map<string, ExistingInstitution[]>();
  for (const institution of all) {
    const key = nameKey(institution.name);
    byName.set(key, [...(byName.get(key) ?? []), institution]);
  }
  const maxId = (sqlite.prepare('SELECT coalesce(max(id), 0) AS n FROM institutions').get() as { n: number }).n;
  return { all, byCode, byName, maxId };
}
