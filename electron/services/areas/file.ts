import type { OpenFile } from '../../api/schemas/app';
import { authorOf, type ServiceContext } from '../context';
import type { HandlersFor } from '../handler-types';
import { populateSampleProvince, sampleProvince } from '../sample/sample-province';
import { localIsoTimestamp } from '../platform';
import { ServiceError } from '../service-error';
import { appStateOf } from './app';

/** Opens a data file and does the bookkeeping every way of opening shares: recent files, a fresh undo bar. */
export function openDataFile(ctx: ServiceContext, file: string): OpenFile {
  return opened(ctx, ctx.workspace.open(file));
}

function opened(ctx: ServiceContext, info: OpenFile): OpenFile {
  ctx.prefs.rememberFile(info.path, info.provinceName, localIsoTimestamp(ctx.clock.now()));
  ctx.emit('history.changed', { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  return info;
}

/** A file name from the province name, without diacritics or characters Windows forbids. */
export function suggestedFileName(provinceName: string): string {
  const slug = provinceName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${slug || 'tinh'}-cds-gdnn.sqlite`;
}

export const fileHandlers: HandlersFor<'file'> = {
  'file.openSample': (_input, ctx) => {
    const info = ctx.workspace.exists(ctx.sampleFile)
      ? ctx.workspace.open(ctx.sampleFile)
      : ctx.workspace.create(ctx.sampleFile, sampleProvince, authorOf(ctx), { isSample: true, populate: populateSampleProvince });
    return opened(ctx, info);
  },
  'file.createProvince': async (input, ctx) => {
    const target = await ctx.platform.chooseNewFileLocation(suggestedFileName(input.profile.name));
    if (!target) return { opened: null };
    return { opened: opened(ctx, ctx.workspace.create(target, input, authorOf(ctx))) };
  },
  'file.openWithDialog': async (_input, ctx) => {
    const target = await ctx.platform.chooseFileToOpen();
    if (!target) return { opened: null };
    return { opened: openDataFile(ctx, target) };
  },
  'file.openRecent': ({ id }, ctx) => {
    const entry = ctx.prefs.get().recentFiles.find((f) => f.id === id);
    if (!entry) throw new ServiceError('NOT_FOUND', 'Tệp này không còn trong danh sách gần đây.', { id });
    return openDataFile(ctx, entry.path);
  },
  'file.forgetRecent': ({ id }, ctx) => {
    ctx.prefs.forgetFile(id);
    return appStateOf(ctx);
  },
  'file.close': (_input, ctx) => {
    ctx.workspace.close();
    return appStateOf(ctx);
  },
};
