// Charts of any page saved as images where the user chooses (the host's save dialog picks the place).
export const chartMethods = {} as const;
