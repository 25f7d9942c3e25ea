import type { Envelope } from '../api/envelope';
import type { OpenFile } from '../api/schemas/app';
import { openDataFile } from '../services/areas/file';
import { errorEnvelope } from '../services/dispatcher';
import type { ServiceHost } from '../services/service-host';

/**
 * Opens a data file the host was handed on the command line or by a second launch. The path comes from the OS, not
 * from the page, so it goes to the services directly (the contract has no method taking a path, on purpose).
 */
export function openDataFileFromHost(host: ServiceHost, file: string): Envelope<OpenFile> {
  try {
    return { ok: true, data: openDataFile(host.ctx, file) };
  } catch (error) {
    return errorEnvelope('file.open', error);
  }
}
