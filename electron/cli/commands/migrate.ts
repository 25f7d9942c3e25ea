import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT_OK } from '../cli-error';
import type { Command } from '../command';

const listBackups = (folder: string) => new Set(existsSync(folder) ? readdirSync(folder) : []);

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Nâng cấp tệp lên lược đồ mới nhất, sao lưu trước (migrate a file, backing it up first)',
  usage: 'migrate <tệp.sqlite>',
  details: ['Mở tệp như ứng dụng: kiểm tra, sao lưu nếu cần nâng cấp, nâng cấp (opens the file as the app does: checks, backs up, migrates).'],
  options: {},
  positionals: { min: 1, max: 1, names: '<tệp.sqlite>' },
  async run({ positionals, dataDirectory }, io) {
    const { createCliHost } = await import('../cli-host');
    const host = createCliHost(io, { dataDirectory });
    try {
      const backups = join(host.ctx.dataDirectory, 'backups');
      const before = listBackups(backups);
      const info = host.ctx.workspace.open(resolve(positionals[0] ?? ''));
      io.out(`Tệp (file): ${info.path}`);
      io.out(`Tỉnh (province): ${info.provinceName}`);
      if (info.migratedFrom === null) {
        io.out(`Lược đồ (schema): v${info.schemaVersion} — đã là mới nhất, không cần nâng cấp (already up to date)`);
      } else {
        io.out(`Lược đồ (schema): v${info.migratedFrom} → v${info.schemaVersion}`);
      }
      for (const name of listBackups(backups)) if (!before.has(name)) io.out(`Bản sao lưu (backup): ${join(backups, name)}`);
      return EXIT_OK;
    } finally {
      host.close();
    }
  },
};
