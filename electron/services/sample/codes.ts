import type { capitalSources, institutionTypes, lifecycleStages, ownershipKinds } from '../../../db/reference/catalogue';

// The catalogue's codes as types, so a generator that names a code the catalogue lacks fails to compile.
export type TypeCode = (typeof institutionTypes)[number]['code'];
export type OwnershipCode = (typeof ownershipKinds)[number]['code'];
export type SourceCode = (typeof capitalSources)[number]['code'];
export type StageCode = (typeof lifecycleStages)[number]['code'];

/** The forward path of a project; suspended and cancelled leave it. */
export const forwardStages: readonly StageCode[] = ['PROPOSED', 'POLICY_APPROVED', 'INVESTMENT_DECISION', 'IMPLEMENTING', 'COMPLETED', 'SETTLED'];

/** Stages at which a project has an investment decision and so receives annual capital. */
export const fundedStages: ReadonlySet<StageCode> = new Set(['INVESTMENT_DECISION', 'IMPLEMENTING', 'COMPLETED', 'SETTLED', 'SUSPENDED']);
