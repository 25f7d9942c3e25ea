import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { documentContents } from './projects';

/**
 * The ministry's side: provinces' data packages taken into this file. The package row is audited (undo of an import
 * removes it); the package bytes sit in document_contents and the figures read from them in package_figures, both
 * content-addressed and append-only, so undo and redo never copy thousands of figures through the audit trail.
 */
export const consolidationPackages = sqliteTable(
  'consolidation_packages',
  {
    id: integer('id').primaryKey(),
    sha256: text('sha256')
      .notNull()
      .unique()
      .references(() => documentContents.sha256),
    fileName: text('file_name').notNull(),
    provinceName: text('province_name').notNull(),
    // vn_fold of the province name: "Hà Tĩnh" and "HA TINH" are the same province.
    provinceKey: text('province_key').notNull(),
    // The 34-unit province (Resolution 202/2025/QH15) this package rolls up into; itself when not merged.
    rollsUpTo: text('rolls_up_to').notNull(),
    year: integer('year').notNull(),
    formatVersion: integer('format_version').notNull(),
    createdAt: text('created_at').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [
    // One package per province and year: a second one is a duplicate and is refused (the database says so too).
    uniqueIndex('consolidation_packages_province_year').on(t.provinceKey, t.year),
    check('consolidation_packages_year', sql`${t.year} BETWEEN 2020 AND 2035`),
  ],
);

/**
 * Figures read from a package, by the package's SHA-256: figure names a measure ('target.numerator',
 * 'capital.allocated', 'institutions.count', …), key what it is about (a target code, a source code, a type), year
 * the year it belongs to. Roll-ups sum value grouped by figure, key and year; percentages are recomputed from sums.
 */
export const packageFigures = sqliteTable(
  'package_figures',
  {
    packageSha256: text('package_sha256').notNull(),
    figure: text('figure').notNull(),
    key: text('key').notNull(),
    year: integer('year').notNull(),
    value: real('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.packageSha256, t.figure, t.key, t.year] }), index('package_figures_figure_idx').on(t.figure, t.year)],
);
