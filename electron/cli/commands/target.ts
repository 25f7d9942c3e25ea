import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from '../cli-error';

/** Where a new data file goes; an existing file is replaced only when the user said --force. */
export function newFileTarget(path: string, force: boolean): string {
  const target = resolve(path);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) throw new CliError(`Đích là một thư mục, cần tên tệp (target is a folder, give a file name): ${target}`);
    if (!force) throw new CliError(`Tệp đã tồn tại (file exists): ${target}\nDùng --force để ghi đè (use --force to overwrite).`);
  }
  return target;
}

export const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;
