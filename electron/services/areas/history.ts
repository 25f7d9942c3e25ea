import { listHistory } from '../../../db/queries/history';
import { authorOf } from '../context';
import type { HandlersFor } from '../handler-types';
import { historyStatus, redo, undo } from '../history/mutation-path';

export const historyHandlers: HandlersFor<'history'> = {
  'history.status': (_input, ctx) => historyStatus(ctx.workspace.require().sqlite),
  'history.list': (input, ctx) => listHistory(ctx.workspace.require().sqlite, input),
  'history.undo': (_input, ctx) => {
    const status = undo(ctx.workspace.require().sqlite, authorOf(ctx));
    ctx.emit('history.changed', status);
    return status;
  },
  'history.redo': (_input, ctx) => {
    const status = redo(ctx.workspace.require().sqlite, authorOf(ctx));
    ctx.emit('history.changed', status);
    return status;
  },
};
