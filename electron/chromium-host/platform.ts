import { ServiceError } from '../services/service-error';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Platform } from '../services/platform';

/**
 * The Chromium host has no native dialogs. Tests script the answers; for a person, "save as" picks a free name in
 * the data folder, and "open" explains itself (open a file with --file, or from the recent list).
 */
export class ChromiumPlatform implements Platform {
  readonly openAnswers: (string | null)[] = [];
  readonly saveAnswers: (string | null)[] = [];
  readonly multiOpenAnswers: string[][] = [];
  readonly directoryAnswers: (string | null)[] = [];
  constructor(private readonly dataDirectory: string) {}

  async chooseFileToOpen(): Promise<string | null> {
    if (this.openAnswers.length) return this.openAnswers.shift() ?? null;
    console.info('[chromium-host] Không có hộp thoại mở tệp trong Chromium: dùng --file <tệp.sqlite> hoặc danh sách tệp gần đây.');
    return null;
  }

  async chooseFilesToOpen(): Promise<string[]> {
    if (this.multiOpenAnswers.length) return this.multiOpenAnswers.shift() ?? [];
    const one = await this.chooseFileToOpen();
    return one ? [one] : [];
  }

  async chooseDirectory(): Promise<string | null> {
    if (this.directoryAnswers.length) return this.directoryAnswers.shift() ?? null;
    // For a person: files go to an "exports" folder beside the data, which the console names.
    const folder = join(this.dataDirectory, 'xuat-tep');
    console.info(`[chromium-host] Thư mục xuất tệp: ${folder}`);
    return folder;
  }

  async chooseNewFileLocation(suggestedName: string): Promise<string | null> {
    if (this.saveAnswers.length) return this.saveAnswers.shift() ?? null;
    // Data files beside the app's data; exports in the exports folder. Never overwrite: number the name instead.
    const extension = extname(suggestedName) || '.sqlite';
    const stem = basename(suggestedName, extension);
    const folder = extension === '.sqlite' ? this.dataDirectory : join(this.dataDirectory, 'xuat-tep');
    mkdirSync(folder, { recursive: true });
    for (let n = 1; ; n += 1) {
      const candidate = join(folder, n === 1 ? `${stem}${extension}` : `${stem}-${n}${extension}`);
      if (!existsSync(candidate)) return candidate;
    }
  }

  async revealInFolder(file: string): Promise<boolean> {
    console.info(`[chromium-host] Tệp dữ liệu: ${file}`);
    return false;
  }
  // Filled in with the submission export (issue 6).
  async printToPdf(): Promise<Uint8Array> {
    throw new ServiceError('UNSUPPORTED', 'In ra PDF chưa có ở đây (printing to PDF is not available here).');
  }

}
