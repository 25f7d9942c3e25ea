// Targets and yearly assessment methods (values, states, attainment, completeness, entry workbooks).
export const assessmentMethods = {} as const;
