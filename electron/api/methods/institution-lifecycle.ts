// institution-lifecycle methods (contract slot; see electron/api/methods.ts).
export const institutionLifecycleMethods = {} as const;
