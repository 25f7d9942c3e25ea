// institution-import methods (contract slot; see electron/api/methods.ts).
export const institutionImportMethods = {} as const;
