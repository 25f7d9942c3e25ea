import { z } from 'zod';
import { isoDate } from './common';

const text = (max: number) => z.string().trim().max(max);

export const profileFields = z.object({
  name: text(120).min(1),
  placeName: text(80).min(1),
  superiorBody: text(160).min(1),
  owningDepartment: text(160).min(1),
  owningDepartmentCode: text(30).min(1),
  recipientMinistry: text(160).min(1),
  recipientDepartment: text(200).min(1),
  signerName: text(120),
  signerTitle: text(120),
  signingAuthority: text(120),
  documentCode: text(60),
});
export type ProfileFields = z.infer<typeof profileFields>;

export const predecessor = z.object({ name: text(120).min(1), mergedOn: isoDate.nullable() });
export type Predecessor = z.infer<typeof predecessor>;

export const profile = profileFields.extend({
  isSample: z.boolean(),
  createdAt: z.string(),
  predecessors: z.array(predecessor.extend({ id: z.number().int() })),
});
export type Profile = z.infer<typeof profile>;

export const newProvinceInput = z.object({
  profile: profileFields,
  predecessors: z.array(predecessor).max(10),
});
export type NewProvinceInput = z.infer<typeof newProvinceInput>;

export const profileUpdateInput = z.object({
  patch: profileFields.partial(),
  predecessors: z.array(predecessor).max(10).optional(),
});
