import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNEL } from '../api/bridge';
import { failure } from '../api/envelope';
import type { Dispatch } from '../services/dispatcher';
import { isTrustedSender, type SenderInfo } from './sender';

function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  const main = event.sender.mainFrame;
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId,
    webContentsId: event.sender.id,
  };
}

/**
 * The one IPC handler. The sender check comes before anything else, the dispatcher (which validates every input
 * against the contract) after it; a refused call gets the same envelope shape as any other failure.
 */
export function wireInvoke(dispatch: Dispatch, trustedWebContentsIds: ReadonlySet<number>, origins: readonly string[]): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(senderInfo(event), trustedWebContentsIds, origins)) {
      return failure('FORBIDDEN_SENDER', 'Lời gọi không đến từ cửa sổ của ứng dụng.', {});
    }
    return dispatch(method as string, input);
  });
}
