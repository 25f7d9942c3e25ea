import { z } from 'zod';
import { method } from '../method';
import { empty } from '../schemas/common';
import { applyEditsInput, applyEditsResult, gridQuery } from '../schemas/grid';
import { byId, changeOnly } from '../schemas/projects';
import {
  activityRow,
  linkChoice,
  milestoneDetail,
  milestonePage,
  milestoneRow,
  rollOverInput,
  rollOverResult,
  timeline,
  timelineInput,
} from '../schemas/roadmap';

// The five-year roadmap: milestones with their derived status (from targets, projects or the planner's hand),
// roll-overs with their reasons, awareness activities, and the timeline. Every write is one recorded change.
export const roadmapMethods = {
  // The plain list in year and quarter order (hand-set status), for the overview and older callers.
  'roadmap.listMilestones': method(empty, z.array(milestoneRow)),
  // One page of the milestones register, each row with its derived status and reason; filters: derivedStatus
  // (met, on_track, at_risk, missed, none), status, year, linkKind, id.
  'roadmap.milestonePage': method(gridQuery, milestonePage),
  // One milestone with its roll-over history.
  'roadmap.getMilestone': method(byId, milestoneDetail),
  // Cell edits and new milestones as one change; the link cell takes "target:<code>", "keyTask:<stt>", "project:<code>".
  'roadmap.applyMilestoneEdits': method(applyEditsInput, applyEditsResult),
  // Removes a milestone with its roll-over history.
  'roadmap.deleteMilestone': method(byId, changeOnly),
  // Moves an unfinished milestone to a later year/quarter with a reason (kept in its history); refuses a met one.
  'roadmap.rollOver': method(rollOverInput, rollOverResult),
  // Targets, key tasks and projects a milestone may be linked to.
  'roadmap.linkChoices': method(empty, z.array(linkChoice)),
  'roadmap.activityPage': method(gridQuery, z.object({ total: z.number().int(), rows: z.array(activityRow) })),
  'roadmap.applyActivityEdits': method(applyEditsInput, applyEditsResult),
  'roadmap.deleteActivity': method(byId, changeOnly),
  // Project bars (filtered, capped) and milestones with their derived status, for the Gantt-like timeline.
  'roadmap.timeline': method(timelineInput, timeline),
} as const;
