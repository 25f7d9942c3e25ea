import { listMilestones } from '../../../db/queries/registers';
import type { MethodOutput as Out } from '../../api/methods';
import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/roadmap.ts. */
export const roadmapHandlers: HandlersFor<'roadmap'> = {
  'roadmap.listMilestones': (_input, ctx) => listMilestones(ctx.workspace.require().sqlite) as Out<'roadmap.listMilestones'>,
};
