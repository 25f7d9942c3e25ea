import type { ImportField, ImportProblem } from '../../../api/schemas/institution-import';
import { foldVietnamese } from '../../../api/text/vietnamese';
import { codeKey, type ExistingInstitution, nameKey, type Register } from './existing';
import type { Values } from './row-reader';

export interface Match {
  institution: ExistingInstitution;
  by: 'code' | 'name';
  notes: ImportProblem[];
}

const rowProblem = (severity: ImportProblem['severity'], field: ImportField | null, message: string): ImportProblem => ({
  severity,
  field,
  column: null,
  letter: null,
  message,
});

/** By code first; then by name ignoring diacritics, case, punctuation and NFC/NFD. */
export function matchInstitution(values: Values, register: Register): { match: Match | null; problems: ImportProblem[] } {
  const code = typeof values.code === 'string' ? values.code : null;
  const name = typeof values.name === 'string' ? values.name : null;
  if (code) {
    const byCode = register.byCode.get(codeKey(code));
    if (byCode) return { match: { institution: byCode, by: 'code', notes: [] }, problems: [] };
  }
  if (!name) return { match: null, problems: [] };
  const named = register.byName.get(nameKey(name)) ?? [];
  const candidates = named.length > 1 ? named.filter((i) => i.status === 'active') : named;
  if (candidates.length > 1 || (named.length > 1 && candidates.length === 0)) {
    return {
      match: null,
      problems: [rowProblem('error', 'name', `Tên trùng với ${named.length} cơ sở trong sổ (${named.map((i) => i.code).join(', ')}); hãy ghi mã cơ sở để phân biệt`)],
    };
  }
  const institution = candidates[0];
  if (!institution) return { match: null, problems: [] };
  const notes = code
    ? [rowProblem('warning', 'code', `Mã "${code}" không có trong sổ; dòng được ghép theo tên với cơ sở mã ${institution.code} và giữ mã ${institution.code}`)]
    : [];
  return { match: { institution, by: 'name', notes }, problems: [] };
}

const hasDiacritics = (text: string) => foldVietnamese(text) !== text.toLowerCase();

/**
 * Text equal for the register's purposes. A file that writes a name without diacritics or in capitals says the
 * same thing less well; overwriting the register's properly written name with it would lose information.
 */
export function sameText(current: string | null, incoming: string): boolean {
  if (current === incoming) return true;
  if (current === null) return false;
  if (nameKey(current) !== nameKey(incoming)) return false;
  return !hasDiacritics(incoming) || incoming === incoming.toUpperCase() || current.replace(/\s+/g, ' ').trim() === incoming;
}

const COMPARED: ImportField[] = ['name', 'typeCode', 'ownershipCode', 'commune', 'address', 'foundedYear', 'teachers', 'managers', 'learners', 'contact', 'notes', 'governingBody'];

export interface Difference {
  field: ImportField;
  from: string | number | null;
  to: string | number | null;
}

/** What the row would change: only fields the file fills (a blank cell keeps what the register has). */
export function differencesOf(values: Values, institution: ExistingInstitution): Difference[] {
  const out: Difference[] = [];
  for (const field of COMPARED) {
    const incoming = values[field];
    if (incoming === null || incoming === undefined) continue;
    const current = institution[field as keyof ExistingInstitution] as string | number | null;
    const same = typeof incoming === 'string' && (typeof current === 'string' || current === null) ? sameText(current, incoming) : current === incoming;
    if (!same) out.push({ field, from: current, to: incoming });
  }
  return out;
}
