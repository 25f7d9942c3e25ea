import { EXIT_OK } from '../cli-error';
import type { Command } from '../command';
import { profileHelp, profileOptions } from './profile-options';
import { newFileTarget } from './target';

export const createCommand: Command = {
  name: 'create',
  summary: 'Tạo tệp dữ liệu trống cho một tỉnh (create an empty province file)',
  usage: 'create <out.sqlite> --name <tên> [--place …] [--profile <json>]',
  details: ['Tùy chọn (options):', ...profileHelp, '  --force   Ghi đè tệp đã có (overwrite an existing file)'],
  options: { ...profileOptions, force: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: '<out.sqlite>' },
  async run({ values, positionals, dataDirectory }, io) {
    const [{ profileFromOptions }, { createCliHost }, { authorOf }] = await Promise.all([
      import('./profile-input'),
      import('../cli-host'),
      import('../../services/context'),
    ]);
    const input = profileFromOptions(values);
    const target = newFileTarget(positionals[0] ?? '', values.force === true);
    const host = createCliHost(io, { dataDirectory });
    try {
      const info = host.ctx.workspace.create(target, input, authorOf(host.ctx));
      io.out(`Đã tạo tệp dữ liệu (file created): ${info.path}`);
      io.out(`${input.profile.name} — lược đồ (schema) v${info.schemaVersion}`);
      return EXIT_OK;
    } finally {
      host.close();
    }
  },
};
