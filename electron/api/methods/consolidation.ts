// Consolidation methods: see the issue that owns this area. Names are `consolidation.verbNoun`.
export const consolidationMethods = {} as const;
