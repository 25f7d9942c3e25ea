import { isAllowedNavigation } from './navigation';
import { APP_ORIGIN } from './origin';

export interface SenderInfo {
  /** URL of the frame that sent the IPC message; null when the frame is gone or navigated away. */
  frameUrl: string | null;
  /** Whether that frame is the top-level frame of its webContents. */
  isMainFrame: boolean;
  webContentsId: number;
}

/**
 * Should an `api:invoke` call be served? Only from the top-level frame of a window we created, showing our own origin.
 * A subframe, a foreign page that somehow got loaded, or a webContents we did not create is refused: the bridge is
 * the whole data surface, so who is calling matters as much as what is called.
 */
export function isTrustedSender(
  sender: SenderInfo,
  trustedWebContentsIds: ReadonlySet<number>,
  origins: readonly string[] = [APP_ORIGIN],
): boolean {
  if (!trustedWebContentsIds.has(sender.webContentsId)) return false;
  if (!sender.isMainFrame || sender.frameUrl === null) return false;
  return isAllowedNavigation(sender.frameUrl, origins);
}
