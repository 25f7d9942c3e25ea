import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row per data file: the province the file belongs to and the people and bodies its documents name. */
export const provinceProfile = sqliteTable(
  'province_profile',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    // Documents print the place line ("Hà Tĩnh, ngày …"); usually the province name without "Tỉnh"/"Thành phố".
    placeName: text('place_name').notNull(),
    superiorBody: text('superior_body').notNull(),
    owningDepartment: text('owning_department').notNull(),
    owningDepartmentCode: text('owning_department_code').notNull(),
    recipientMinistry: text('recipient_ministry').notNull(),
    recipientDepartment: text('recipient_department').notNull(),
    signerName: text('signer_name').notNull().default(''),
    signerTitle: text('signer_title').notNull().default(''),
    signingAuthority: text('signing_authority').notNull().default(''),
    documentCode: text('document_code').notNull().default(''),
    isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    // Exactly one profile per file: the id is pinned so an insert of a second profile fails in the database itself.
    check('province_profile_single_row', sql`${t.id} = 1`),
    check('province_profile_is_sample_bool', sql`${t.isSample} IN (0, 1)`),
  ],
);

/** Provinces merged into this one by Resolution 202/2025/QH15; their earlier data rolls up here. */
export const predecessorProvinces = sqliteTable('predecessor_provinces', {
  id: integer('id').primaryKey(),
  name: text('name').notNull().unique(),
  mergedOn: text('merged_on'),
});
