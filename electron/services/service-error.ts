import type { ErrorCode } from '../api/envelope';

/** A failure a service expects and explains; the dispatcher turns it into `{ ok: false, error }`. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
