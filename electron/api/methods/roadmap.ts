import { method } from '../method';
import { empty } from '../schemas/common';
import { milestoneRow } from '../schemas/registers';
import { z } from 'zod';

// The five-year roadmap: milestones, their derived status, roll-overs, awareness activities, the timeline.
export const roadmapMethods = {
  'roadmap.listMilestones': method(empty, z.array(milestoneRow)),
} as const;
