import { EXIT_OK } from '../cli-error';
import type { Command } from '../command';
import { elapsed, newFileTarget } from './target';

export const sampleCommand: Command = {
  name: 'sample',
  summary: 'Tạo tệp dữ liệu tỉnh mẫu (create the sample province file)',
  usage: 'sample <out.sqlite> [--force]',
  details: ['Tùy chọn (options):', '  --force   Ghi đè tệp đã có (overwrite an existing file)'],
  options: { force: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: '<out.sqlite>' },
  async run({ values, positionals, dataDirectory }, io) {
    const target = newFileTarget(positionals[0] ?? '', values.force === true);
    const [{ createCliHost }, { authorOf }, { populateSampleProvince, sampleProvince }] = await Promise.all([
      import('../cli-host'),
      import('../../services/context'),
      import('../../services/sample/sample-province'),
    ]);
    const host = createCliHost(io, { dataDirectory });
    try {
      const started = performance.now();
      let label = '';
      const info = host.ctx.workspace.create(target, sampleProvince, authorOf(host.ctx), {
        isSample: true,
        populate: (sqlite) => (label = populateSampleProvince(sqlite)),
      });
      io.out(`Đã tạo tỉnh mẫu (sample created): ${info.path}`);
      io.out(`${label} — ${elapsed(started)}`);
      return EXIT_OK;
    } finally {
      host.close();
    }
  },
};
