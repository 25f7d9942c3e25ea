import { ServiceError } from '../services/service-error';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, shell } from 'electron';
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
  // Filled in with the submission export (issue 6).
  async printToPdf(): Promise<Uint8Array> {
    throw new ServiceError('UNSUPPORTED', 'In ra PDF chưa có ở đây (printing to PDF is not available here).');
  }

}
