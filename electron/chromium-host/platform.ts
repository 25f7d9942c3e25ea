import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from '../services/platform';

/**
 * The Chromium host has no native dialogs. Tests script the answers; for a person, "save as" picks a free name in
 * the data folder, and "open" explains itself (open a file with --file, or from the recent list).
 */
export class ChromiumPlatform implements Platform {
  readonly openAnswers: (string | null)[] = [];
  readonly saveAnswers: (string | null)[] = [];
  constructor(private readonly dataDirectory: string) {}

  async chooseFileToOpen(): Promise<string | null> {
    if (this.openAnswers.length) return this.openAnswers.shift() ?? null;
    console.info('[chromium-host] Không có hộp thoại mở tệp trong Chromium: dùng --file <tệp.sqlite> hoặc danh sách tệp gần đây.');
    return null;
  }

  async chooseNewFileLocation(suggestedName: string): Promise<string | null> {
    if (this.saveAnswers.length) return this.saveAnswers.shift() ?? null;
    const stem = suggestedName.replace(/\.sqlite$/, '');
    for (let n = 1; ; n += 1) {
      const candidate = join(this.dataDirectory, n === 1 ? `${stem}.sqlite` : `${stem}-${n}.sqlite`);
      if (!existsSync(candidate)) return candidate;
    }
  }

  async revealInFolder(file: string): Promise<boolean> {
    console.info(`[chromium-host] Tệp dữ liệu: ${file}`);
    return false;
  }
}
