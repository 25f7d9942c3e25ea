import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, EXIT_OK } from '../cli-error';
import type { Command } from '../command';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Sao lưu nhất quán một tệp bằng VACUUM INTO (consistent copy of a data file)',
  usage: 'backup <tệp.sqlite> <đích.sqlite>',
  details: ['Tệp nguồn chỉ được đọc, không bị nâng cấp hay thay đổi (the source is opened read-only, never migrated).'],
  options: {},
  positionals: { min: 2, max: 2, names: '<tệp.sqlite> <đích.sqlite>' },
  async run({ positionals }, io) {
    const [{ openDatabase }, { backupDatabase, inspectDataFile }, { asFileError }] = await Promise.all([
      import('../../../db/client'),
      import('../../../db/migrate'),
      import('../../services/workspace'),
    ]);
    const source = resolve(positionals[0] ?? '');
    const target = resolve(positionals[1] ?? '');
    try {
      // Any schema version may be copied (a backup of a newer file is harmless); a stranger's database may not.
      inspectDataFile(source, Number.MAX_SAFE_INTEGER);
    } catch (error) {
      throw asFileError(error);
    }
    if (existsSync(target)) throw new CliError(`Tệp đích đã tồn tại (target exists): ${target}`);
    mkdirSync(dirname(target), { recursive: true });
    const { sqlite } = openDatabase(source, { readonly: true });
    try {
      backupDatabase(sqlite, target);
    } finally {
      sqlite.close();
    }
    io.out(`Đã sao lưu (backed up): ${source} → ${target} (${(statSync(target).size / 1024).toFixed(0)} KB)`);
    return EXIT_OK;
  },
};
