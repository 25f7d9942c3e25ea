import { ServiceError } from '../services/service-error';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Platform } from '../services/platform';
import type { Io } from './io';

/**
 * The host's dialogs, answered from the command line: `--open <file>` picks the file to open, `--save <file or
 * folder>` the place for a new one. A dialog with no answer behaves like a user pressing Cancel.
 */
export class CliPlatform implements Platform {
  constructor(
    private readonly answers: { open?: string | undefined; save?: string | undefined },
    private readonly io: Io,
  ) {}

  async chooseFileToOpen(): Promise<string | null> {
    if (!this.answers.open) this.io.err('Không có --open: coi như người dùng bấm Hủy (no --open: treated as Cancel).');
    return this.answers.open ? resolve(this.answers.open) : null;
  }

  async chooseFilesToOpen(): Promise<string[]> {
    const one = await this.chooseFileToOpen();
    return one ? [one] : [];
  }

  async chooseDirectory(): Promise<string | null> {
    if (!this.answers.save) this.io.err('Không có --save: coi như người dùng bấm Hủy (no --save: treated as Cancel).');
    return this.answers.save ? resolve(this.answers.save) : null;
  }

  async chooseNewFileLocation(suggestedName: string): Promise<string | null> {
    if (!this.answers.save) {
      this.io.err(`Không có --save: coi như người dùng bấm Hủy (no --save: treated as Cancel). Tên gợi ý (suggested name): ${suggestedName}`);
      return null;
    }
    const target = resolve(this.answers.save);
    return existsSync(target) && statSync(target).isDirectory() ? join(target, suggestedName) : target;
  }

  // A terminal has no file manager to open; printing the path is the closest useful thing.
  async revealInFolder(file: string): Promise<boolean> {
    this.io.err(`Tệp dữ liệu (data file): ${file}`);
    return false;
  }
  // Filled in with the submission export (issue 6).
  async printToPdf(): Promise<Uint8Array> {
    throw new ServiceError('UNSUPPORTED', 'In ra PDF chưa có ở đây (printing to PDF is not available here).');
  }

}
