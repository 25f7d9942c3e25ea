import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, shell } from 'electron';
import type { Language } from '../api/schemas/app';
import type { Platform } from '../services/platform';
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

  private filters() {
    return [{ name: textsFor(this.language()).dialog.dataFilter, extensions: ['sqlite'] }];
  }

  async chooseFileToOpen(): Promise<string | null> {
    const options = { title: textsFor(this.language()).dialog.openTitle, properties: ['openFile' as const], filters: this.filters() };
    const win = this.window();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  async chooseNewFileLocation(suggestedName: string): Promise<string | null> {
    const options = {
      title: textsFor(this.language()).dialog.saveTitle,
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: this.filters(),
      properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
    };
    const win = this.window();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    // GTK save dialogs do not append the filter's extension; the open dialog's filter would then hide the file.
    return /\.sqlite$/i.test(result.filePath) ? result.filePath : `${result.filePath}.sqlite`;
  }

  async revealInFolder(file: string): Promise<boolean> {
    if (!existsSync(file)) return false;
    shell.showItemInFolder(file);
    return true;
  }
}
