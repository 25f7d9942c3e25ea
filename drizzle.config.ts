import { defineConfig } from 'drizzle-kit';

// drizzle-kit writes the SQL; scripts/strict-migrations.mjs then makes every new table STRICT (drizzle-kit cannot).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
