import { z } from 'zod';

export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const year = z.number().int().min(2015).max(2045);
/** Money on the wire: integer đồng. VND has no minor unit and MAX_SAFE_INTEGER đồng is far above any plan. */
export const moneyDong = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const id = z.number().int().positive();
export const empty = z.object({}).strict();

export const pageInput = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  search: z.string().max(200).optional(),
  sort: z
    .object({ field: z.string().max(64), direction: z.enum(['asc', 'desc']) })
    .optional(),
});
export type PageInput = z.input<typeof pageInput>;

export function pageOf<T extends z.ZodType>(row: T) {
  return z.object({ total: z.number().int().min(0), rows: z.array(row) });
}
