// SubmissionExport methods: see the issue that owns this area. Names are `submissionExport.verbNoun`.
export const submissionExportMethods = {} as const;
