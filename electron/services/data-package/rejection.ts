import type { PackageRejectionReason } from '../../api/schemas/consolidation';
import { ServiceError } from '../service-error';

/** A package refused: PACKAGE_REJECTED with the reason in details, and a message naming the file and what is wrong. */
export function rejected(reason: PackageRejectionReason, fileName: string, why: string, details: Record<string, unknown> = {}): ServiceError {
  return new ServiceError('PACKAGE_REJECTED', `Gói "${fileName}" bị từ chối: ${why}.`, { reason, fileName, ...details });
}

export const isRejection = (error: unknown): error is ServiceError & { details: { reason: PackageRejectionReason } } =>
  error instanceof ServiceError && error.code === 'PACKAGE_REJECTED';

/** A package from a newer app: the one refusal whose wording leads with what to do. */
export function tooNew(fileName: string, version: number, supported: number): ServiceError {
  return new ServiceError(
    'PACKAGE_REJECTED',
    `Gói dữ liệu định dạng phiên bản ${version}, mới hơn ứng dụng (${supported}): hãy cập nhật ứng dụng (tệp "${fileName}").`,
    { reason: 'too_new', fileName, formatVersion: version, supported },
  );
}
