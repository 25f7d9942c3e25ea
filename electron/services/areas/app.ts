import { existsSync } from 'node:fs';
import type { AppState } from '../../api/schemas/app';
import type { ServiceContext } from '../context';
import type { HandlersFor } from '../handler-types';

export function appStateOf(ctx: ServiceContext): AppState {
  const prefs = ctx.prefs.get();
  return {
    language: prefs.language,
    host: ctx.host,
    appVersion: ctx.appVersion,
    dataDirectory: ctx.dataDirectory,
    current: ctx.workspace.current,
    recentFiles: prefs.recentFiles.map((f) => ({ ...f, exists: existsSync(f.path) })),
  };
}

export const appHandlers: HandlersFor<'app'> = {
  'app.getState': (_input, ctx) => appStateOf(ctx),
  'app.setLanguage': ({ language }, ctx) => {
    ctx.prefs.update({ language });
    return appStateOf(ctx);
  },
};
