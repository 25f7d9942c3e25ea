import type { Command } from './command';
import { defaultDataDirectory } from './data-directory';

export function generalHelp(commands: readonly Command[]): string {
  return [
    'Kế hoạch CĐS GDNN — dòng lệnh (command line)',
    '',
    'Cách dùng (usage): npm run cli -- <lệnh> [tham số] [tùy chọn]',
    '                   npx tsx electron/cli/main.ts <lệnh> …',
    '',
    'Lệnh (commands):',
    ...commands.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    'Tùy chọn chung (common options):',
    `  --data-dir <thư mục>  Thư mục tùy chọn và bản sao lưu của dòng lệnh (CLI preferences and backups);`,
    `                        mặc định (default) ${defaultDataDirectory()}, hoặc biến môi trường GDNN_DATA_DIR`,
    '  --debug               In chi tiết lỗi không mong đợi (print stack traces of unexpected errors)',
    '  -h, --help            Hướng dẫn; "<lệnh> --help" cho từng lệnh (help; per command too)',
    '',
    'Mã thoát (exit codes): 0 thành công (ok), 1 thao tác thất bại (operation failed), 2 sai cú pháp lệnh (usage error)',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  return [`Cách dùng (usage): npm run cli -- ${command.usage}`, '', command.summary, '', ...command.details].join('\n');
}
