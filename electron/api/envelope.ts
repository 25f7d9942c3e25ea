import { z } from 'zod';

/** Every error that crosses the boundary has one of these codes; the renderer translates them by code. */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'FORBIDDEN_SENDER',
  'NO_FILE_OPEN',
  'FILE_NOT_FOUND',
  'FILE_NOT_OURS',
  'FILE_TOO_NEW',
  'FILE_DAMAGED',
  'MIGRATION_FAILED',
  'NOT_FOUND',
  'CONSTRAINT_VIOLATION',
  'NOTHING_TO_UNDO',
  'NOTHING_TO_REDO',
  'CANCELLED',
  // A year whose submission to the ministry is approved: its data changes only after reopening (with a reason).
  'YEAR_LOCKED',
  // A data package that fails verification (tampered, truncated, duplicate, newer format, not a package).
  'PACKAGE_REJECTED',
  // Another program (a second copy of the app, the command line, a backup tool) holds the data file open, so it
  // cannot be replaced safely.
  'FILE_IN_USE',
  // The host cannot do this (e.g. print to PDF from the command line).
  'UNSUPPORTED',
  'INTERNAL',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type ApiErrorData = z.infer<typeof apiErrorSchema>;

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorData };

export function failure(code: ErrorCode, message: string, details: Record<string, unknown> = {}): Envelope<never> {
  return { ok: false, error: { code, message, details } };
}
