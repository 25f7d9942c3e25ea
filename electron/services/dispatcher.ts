import { z } from 'zod';
import { type Envelope, failure } from '../api/envelope';
import { isMethodName, type MethodName, methods } from '../api/methods';
import type { ServiceContext } from './context';
import type { Handler } from './handler-types';
import { asServiceError } from './history/mutation-path';
import { handlers } from './registry';
import { ServiceError } from './service-error';
import { asFileError } from './workspace';

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatcherOptions {
  /** Check every output against the contract too; on in tests, off in the product (inputs are always checked). */
  validateOutputs?: boolean;
  onInternalError?: (method: string, error: unknown) => void;
}

/**
 * The one door into the services. Parses every input against the contract before a handler runs, and turns
 * every failure into data: `{ ok: false, error: { code, message, details } }`. Nothing throws past it.
 */
export function createDispatcher(ctx: ServiceContext, options: DispatcherOptions = {}): Dispatch {
  return async (method, input) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      // Never String(method): an object with a hostile toString survives the IPC copy and would throw here.
      const name = typeof method === 'string' ? method.slice(0, 80) : typeof method;
      return failure('UNKNOWN_METHOD', `Phương thức không tồn tại: ${name}`, { method: name });
    }
    const contract = methods[method];
    const parsed = contract.input.safeParse(input ?? {});
    if (!parsed.success) {
      return failure('INVALID_INPUT', 'Dữ liệu gửi lên không hợp lệ.', {
        method,
        issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String), message: i.message, code: i.code })),
      });
    }
    try {
      const handler = handlers[method] as Handler<MethodName>;
      const data = await handler(parsed.data as never, ctx);
      if (options.validateOutputs) {
        const checked = (contract.output as z.ZodType).safeParse(data);
        if (!checked.success) {
          return failure('INTERNAL', `Kết quả của ${method} không khớp hợp đồng.`, { issues: checked.error.issues.slice(0, 20) });
        }
      }
      return { ok: true, data };
    } catch (raw) {
      return errorEnvelope(method, raw, options.onInternalError);
    }
  };
}

/** Any thrown error as an envelope: expected ones keep their code, anything else becomes INTERNAL (and is reported). */
export function errorEnvelope(method: string, raw: unknown, onInternalError?: DispatcherOptions['onInternalError']): Envelope<never> {
  const error = asFileError(asServiceError(raw));
  if (error instanceof ServiceError) return failure(error.code, error.message, error.details);
  onInternalError?.(method, error);
  return failure('INTERNAL', 'Đã xảy ra lỗi không mong đợi; dữ liệu không bị thay đổi.', {
    method,
    cause: error instanceof Error ? error.message : String(error),
  });
}
