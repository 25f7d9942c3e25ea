// Backups, restore and "save a copy as" (data safety).
export const backupMethods = {} as const;
