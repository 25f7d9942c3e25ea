import { listMilestones } from '../../../db/queries/roadmap';
import type { MethodOutput as Out } from '../../api/methods';
import { authorOf, type ServiceContext } from '../context';
import { applyGridEdits } from '../grid/apply-grid-edits';
import type { HandlersFor } from '../handler-types';
import { activityPage, activityRegister, deleteActivity } from '../roadmap/activities';
import { linkChoices } from '../roadmap/links';
import { applyMilestoneEdits, deleteMilestone } from '../roadmap/milestone-edits';
import { milestoneRegister } from '../roadmap/milestone-register';
import { milestoneDetail, milestonePage } from '../roadmap/milestones';
import { rollOverMilestone } from '../roadmap/rollover';
import { timelineOf } from '../roadmap/timeline';
import { todayOf } from './projects';

const sqliteOf = (ctx: ServiceContext) => ctx.workspace.require().sqlite;

/** Handlers for electron/api/methods/roadmap.ts. Statuses are judged as of the host clock's today. */
export const roadmapHandlers: HandlersFor<'roadmap'> = {
  'roadmap.listMilestones': (_input, ctx) => listMilestones(sqliteOf(ctx)) as Out<'roadmap.listMilestones'>,
  'roadmap.milestonePage': (input, ctx) => milestonePage(sqliteOf(ctx), input, todayOf(ctx)),
  'roadmap.getMilestone': (input, ctx) => milestoneDetail(sqliteOf(ctx), input.id, todayOf(ctx)),
  'roadmap.applyMilestoneEdits': (input, ctx) => {
    const sqlite = sqliteOf(ctx);
    const links = linkChoices(sqlite);
    return applyMilestoneEdits(sqlite, authorOf(ctx), milestoneRegister(sqlite, links, todayOf(ctx)), links, input);
  },
  'roadmap.deleteMilestone': (input, ctx) => deleteMilestone(sqliteOf(ctx), authorOf(ctx), input.id),
  'roadmap.rollOver': (input, ctx) => rollOverMilestone(sqliteOf(ctx), authorOf(ctx), input, todayOf(ctx)),
  'roadmap.linkChoices': (_input, ctx) => linkChoices(sqliteOf(ctx)),
  'roadmap.activityPage': (input, ctx) => activityPage(sqliteOf(ctx), input),
  'roadmap.applyActivityEdits': (input, ctx) => {
    const sqlite = sqliteOf(ctx);
    return applyGridEdits(sqlite, authorOf(ctx), activityRegister(sqlite), input);
  },
  'roadmap.deleteActivity': (input, ctx) => deleteActivity(sqliteOf(ctx), authorOf(ctx), input.id),
  'roadmap.timeline': (input, ctx) => timelineOf(sqliteOf(ctx), input, todayOf(ctx)),
};
