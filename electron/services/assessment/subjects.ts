/**
 * Which institutions a target's subject counts, by institution type code; subjects not listed count every
 * institution. "Colleges and intermediate schools" (c2) are types CD and TC, not the trung học nghề schools the 2026
 * law added. Kept beside the formulas rather than in a table because the subject names are the Decision's own
 * words; a province target that names another subject falls back to all institutions.
 */
const SUBJECT_TYPES: Record<string, readonly string[]> = {
  colleges_and_intermediate_schools: ['CD', 'TC'],
  colleges: ['CD'],
  intermediate_schools: ['TC'],
  vet_centres: ['TTGDNN', 'TTGDNN_GDTX'],
};

export function subjectTypeCodes(subject: string): readonly string[] | null {
  return SUBJECT_TYPES[subject] ?? null;
}

/** Subjects that describe the nation, not institutions: nothing to sum in a province. */
export const NATIONAL_SUBJECTS = new Set(['national', 'public_services']);
