// Institution register methods beyond the read-only list (editing, lifecycle events, import, export).
export const institutionMethods = {} as const;
