/** Every page of the app, as its route and data-testid suffix (page-<key>); tests and screenshots visit them all. */
export const appRouteKeys = ['overview', 'institutions', 'targets', 'projects', 'capital', 'roadmap', 'submission', 'consolidation', 'settings', 'history', 'backups'] as const;
