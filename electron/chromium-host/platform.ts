import { ServiceError } from '../services/service-error';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
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
  private printContext: BrowserContext | null = null;
  /** The host's browser context, which prints PDFs in pages of its own beside the app's page. */
  usePrintContext(context: BrowserContext): void {
    this.printContext = context;
  }

  async printToPdf(html: string): Promise<Uint8Array> {
    if (!this.printContext) throw new ServiceError('UNSUPPORTED', 'In ra PDF chưa có ở đây: trình duyệt chưa sẵn sàng (printing to PDF is not available yet).');
    try {
      return await printInContext(this.printContext, html);
    } catch (error) {
      // A visible browser (start:chromium for a person) may refuse to print to PDF; a headless one never does.
      console.info('[chromium-host] In PDF trong cửa sổ hiện có không được; dùng Chromium ẩn:', error instanceof Error ? error.message : error);
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: PRINT_ARGS });
      try {
        return await printInContext(await browser.newContext({ javaScriptEnabled: false, offline: true }), html);
      } finally {
        await browser.close().catch(() => undefined);
      }
    }
  }
}

const PRINT_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function printInContext(context: BrowserContext, html: string): Promise<Uint8Array> {
  const page = await context.newPage();
  try {
    // The document is self-contained; anything it would fetch is refused rather than let out of the machine.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false }));
  } finally {
    await page.close().catch(() => undefined);
  }
}
