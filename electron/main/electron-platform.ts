import { ServiceError } from '../services/service-error';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { Language } from '../api/schemas/app';
import { type FileKind, fileKindExtensions, type Platform } from '../services/platform';
import { textsFor } from './texts';

/**
 * The host side of `platform.*`: native dialogs choose every path the services touch, so the page never names a
 * file. Dialogs are modal to the main window when there is one.
 */
export class ElectronPlatform implements Platform {
  constructor(
    private readonly window: () => BrowserWindow | null,
    private readonly language: () => Language,
  ) {}

  private filters(kind: FileKind) {
    return [{ name: textsFor(this.language()).dialog.filters[kind], extensions: fileKindExtensions[kind] }];
  }

  private async open(properties: ('openFile' | 'openDirectory' | 'multiSelections')[], kind: FileKind | null, title: string) {
    const options = { title, properties, ...(kind ? { filters: this.filters(kind) } : {}) };
    const win = this.window();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  }

  async chooseFileToOpen(kind: FileKind = 'data'): Promise<string | null> {
    const texts = textsFor(this.language()).dialog;
    return (await this.open(['openFile'], kind, kind === 'data' ? texts.openTitle : texts.chooseFiles))[0] ?? null;
  }

  async chooseFilesToOpen(kind: FileKind): Promise<string[]> {
    return this.open(['openFile', 'multiSelections'], kind, textsFor(this.language()).dialog.chooseFiles);
  }

  async chooseDirectory(): Promise<string | null> {
    return (await this.open(['openDirectory'], null, textsFor(this.language()).dialog.chooseFolder))[0] ?? null;
  }

  async chooseNewFileLocation(suggestedName: string, kind: FileKind = 'data'): Promise<string | null> {
    const options = {
      title: textsFor(this.language()).dialog.saveTitle,
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: this.filters(kind),
      properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
    };
    const win = this.window();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    // GTK save dialogs do not append the filter's extension; the open dialog's filter would then hide the file.
    const extension = fileKindExtensions[kind][0]!;
    return fileKindExtensions[kind].some((e) => result.filePath.toLowerCase().endsWith(`.${e}`)) ? result.filePath : `${result.filePath}.${extension}`;
  }

  async revealInFolder(file: string): Promise<boolean> {
    if (!existsSync(file)) return false;
    shell.showItemInFolder(file);
    return true;
  }
  /**
   * Prints our own self-contained report page in a hidden, offscreen window that can run nothing: JavaScript off,
   * sandboxed, no preload, no Node. The page comes from a data: URL (a temp file when it is too long for one) and the
   * window is destroyed afterwards, whatever happens.
   */
  async printToPdf(html: string): Promise<Uint8Array> {
    const printer = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        offscreen: true,
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        devTools: false,
        // No middle-click link opening either (Electronegativity AUXCLICK_JS_CHECK): the page has nothing to open.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    let folder: string | null = null;
    try {
      const bytes = Buffer.from(html, 'utf8');
      if (bytes.length < DATA_URL_LIMIT) {
        await printer.loadURL(`data:text/html;charset=utf-8;base64,${bytes.toString('base64')}`);
      } else {
        folder = mkdtempSync(join(tmpdir(), 'gdnn-print-'));
        const file = join(folder, 'bao-cao.html');
        writeFileSync(file, bytes);
        await printer.loadURL(pathToFileURL(file).href);
      }
      const pdf = await printer.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
      return new Uint8Array(pdf);
    } catch (error) {
      throw new ServiceError('INTERNAL', 'Không in được báo cáo ra PDF.', { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      printer.destroy();
      if (folder) rmSync(folder, { recursive: true, force: true });
    }
  }
}

// Chromium refuses URLs longer than 2 MiB; base64 grows the page by a third.
const DATA_URL_LIMIT = 1_400_000;
