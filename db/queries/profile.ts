import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { predecessorProvinces, provinceProfile } from '../schema';

export function getProfile(db: Db) {
  const row = db.select().from(provinceProfile).where(eq(provinceProfile.id, 1)).get();
  if (!row) return null;
  const predecessors = db.select().from(predecessorProvinces).orderBy(predecessorProvinces.id).all();
  const { id: _id, ...fields } = row;
  return { ...fields, predecessors };
}
