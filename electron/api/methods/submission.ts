// Submission methods: see the issue that owns this area. Names are `submission.verbNoun`.
export const submissionMethods = {} as const;
