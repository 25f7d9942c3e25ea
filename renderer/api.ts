import type { ApiBridge } from '../electron/api/bridge';
import { createClient } from '../electron/api/client';

declare global {
  interface Window {
    /** Put there by the Electron preload or by the Chromium test host's init script; the page never knows which. */
    api: ApiBridge;
  }
}

export const api = createClient(window.api);
export { ApiError } from '../electron/api/client';
