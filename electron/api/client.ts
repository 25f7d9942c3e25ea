import type { ApiBridge } from './bridge';
import type { ApiErrorData, ErrorCode } from './envelope';
import type { EventName, EventPayload } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  constructor(error: ApiErrorData) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details;
  }
}

/** Typed calls over the bridge: resolves with the method's output or throws ApiError with the envelope's error. */
export function createClient(bridge: ApiBridge) {
  return {
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      const envelope = await bridge.invoke(method, input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.data as MethodOutput<M>;
    },
    on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void {
      return bridge.on(event, callback as (payload: unknown) => void);
    },
  };
}
export type ApiClient = ReturnType<typeof createClient>;
