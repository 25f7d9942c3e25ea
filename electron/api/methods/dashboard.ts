// Dashboard methods: see the issue that owns this area. Names are `dashboard.verbNoun`.
export const dashboardMethods = {} as const;
