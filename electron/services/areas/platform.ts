import type { HandlersFor } from '../handler-types';

export const platformHandlers: HandlersFor<'platform'> = {
  'platform.revealDataFile': async (_input, ctx) => ({
    revealed: await ctx.platform.revealInFolder(ctx.workspace.require().file),
  }),
};
