import type { Sqlite } from '../../../db/client';
import { checkSyntheticSizes, populateSyntheticProvince, type SyntheticSizes, syntheticProvince } from '../../services/sample/synthetic-province';
import { EXIT_OK, usageError } from '../cli-error';
import { type Command, type OptionValues, stringOption } from '../command';
import { elapsed, newFileTarget } from './target';

function integer(values: OptionValues, name: string, fallback?: number): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim())) throw usageError(`--${name} phải là số nguyên không âm (must be a non-negative integer): ${text}`);
  return Number(text);
}

function range(values: OptionValues, from: string, to: string, fallback: [number, number]): [number, number] {
  return [integer(values, from, fallback[0]) ?? fallback[0], integer(values, to, fallback[1]) ?? fallback[1]];
}

const counted = ['institutions', 'indicator_values', 'assessments', 'projects', 'project_stage_events', 'project_funding', 'medium_term_allocations', 'allocations', 'milestones'];

function counts(sqlite: Sqlite): string[] {
  return counted.map((table) => `  ${table.padEnd(24)} ${(sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n}`);
}

export const generateCommand: Command = {
  name: 'generate',
  summary: 'Tạo tỉnh tổng hợp cỡ quốc gia để thử hiệu năng (synthetic province for performance work)',
  usage: 'generate <out.sqlite> --institutions <n> --projects <n> [--from 2021 --to 2030] [--seed N]',
  details: [
    'Tùy chọn (options):',
    '  --institutions <n>   Số cơ sở GDNN (institutions), mặc định 2000',
    '  --projects <n>       Số dự án (projects), mặc định 5000',
    '  --from, --to         Năm phân bổ vốn (allocation years), mặc định 2021–2030',
    '  --indicator-from, --indicator-to   Năm số liệu chỉ tiêu (indicator years), mặc định 2022–2030',
    '  --seed <n>           Hạt giống ngẫu nhiên, cùng hạt giống → cùng dữ liệu (same seed, same data), mặc định 1',
    '  --name <tên>         Tên tỉnh (province name)',
    '  --force              Ghi đè tệp đã có (overwrite an existing file)',
  ],
  options: {
    institutions: { type: 'string' },
    projects: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'indicator-from': { type: 'string' },
    'indicator-to': { type: 'string' },
    seed: { type: 'string' },
    name: { type: 'string' },
    force: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, names: '<out.sqlite>' },
  async run({ values, positionals, dataDirectory }, io) {
    const sizes: SyntheticSizes = {
      institutions: integer(values, 'institutions', 2000) ?? 2000,
      projects: integer(values, 'projects', 5000) ?? 5000,
      allocationYears: range(values, 'from', 'to', [2021, 2030]),
      indicatorYears: range(values, 'indicator-from', 'indicator-to', [2022, 2030]),
      seed: integer(values, 'seed', 1) ?? 1,
    };
    try {
      checkSyntheticSizes(sizes);
    } catch (error) {
      throw usageError(`Kích thước không hợp lệ (invalid sizes): ${(error as Error).message}`);
    }
    const target = newFileTarget(positionals[0] ?? '', values.force === true);
    const [{ createCliHost }, { authorOf }] = await Promise.all([import('../cli-host'), import('../../services/context')]);
    const host = createCliHost(io, { dataDirectory });
    try {
      const started = performance.now();
      let populateTime = '';
      let label = '';
      const info = host.ctx.workspace.create(target, syntheticProvince(stringOption(values, 'name')), authorOf(host.ctx), {
        populate: (sqlite) => {
          const begun = performance.now();
          label = populateSyntheticProvince(sqlite, sizes);
          populateTime = elapsed(begun);
          return label;
        },
      });
      io.out(`Đã tạo tỉnh tổng hợp (synthetic province created): ${info.path}`);
      io.out(label);
      io.out(counts(host.ctx.workspace.require().sqlite).join('\n'));
      io.out(`Thời gian sinh dữ liệu (generation): ${populateTime}; tổng cộng cả kiểm tra và mở tệp (total incl. checks and open): ${elapsed(started)}`);
      return EXIT_OK;
    } finally {
      host.close();
    }
  },
};
