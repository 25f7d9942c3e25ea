import type { ErrorCode } from '../../api/envelope';
import { ServiceError } from '../service-error';

/**
 * Why a file cannot be imported. The contract has no import-specific error codes, so the reason travels in
 * details.reason and the message says it in full, naming the file.
 */
export type ImportRefusal =
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'ENCRYPTED'
  | 'ENCODING'
  | 'NOT_TEXT'
  | 'ZIP_BOMB'
  | 'TOO_MANY_CELLS'
  | 'TOO_MANY_ROWS'
  | 'NO_DATA'
  | 'SESSION_EXPIRED'
  | 'SHEET_UNUSABLE'
  | 'BAD_MAPPING'
  | 'ROWS_WITH_ERRORS';

export function refuse(reason: ImportRefusal, message: string, details: Record<string, unknown> = {}): ServiceError {
  const code: ErrorCode = reason === 'SESSION_EXPIRED' ? 'NOT_FOUND' : 'INVALID_INPUT';
  return new ServiceError(code, message, { reason, ...details });
}

export function damaged(fileName: string, why: string, details: Record<string, unknown> = {}): ServiceError {
  return new ServiceError('FILE_DAMAGED', `Không đọc được tệp "${fileName}": ${why}. Tệp dữ liệu không bị thay đổi.`, {
    reason: 'DAMAGED',
    fileName,
    ...details,
  });
}
