import type { Envelope } from '../api/envelope';
import type { OpenFile } from '../api/schemas/app';
import type { ServiceHost } from '../services/service-host';
import { ServiceError } from '../services/service-error';

/**
 * Opens a data file the host was handed on the command line or by a second launch. The path comes from the OS, not
 * from the page, so it goes to the workspace directly (the contract has no method taking a path, on purpose); the
 * same bookkeeping as `file.openWithDialog` follows: remembered in recent files and a fresh history for the page.
 */
export function openDataFileFromHost(host: ServiceHost, file: string): Envelope<OpenFile> {
  const { ctx } = host;
  try {
    const info = ctx.workspace.open(file);
    ctx.prefs.rememberFile(info.path, info.provinceName, ctx.clock.now().toISOString());
    ctx.emit('history.changed', { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    return { ok: true, data: info };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Không mở được tệp dữ liệu.', details: { cause: error instanceof Error ? error.message : String(error) } },
    };
  }
}
