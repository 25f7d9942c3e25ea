import type { Envelope } from '../api/envelope';
import type { Dispatch } from '../services/dispatcher';

/**
 * Wraps the dispatcher so the host can follow what the page changed without a second channel: after a successful
 * language change or a file being opened or closed, `onChanged` runs (the host rebuilds the native menu then).
 */
export function withHostReactions(dispatch: Dispatch, onChanged: (method: string) => void): Dispatch {
  return async (method: string, input: unknown): Promise<Envelope<unknown>> => {
    const envelope = await dispatch(method, input);
    if (envelope.ok && typeof method === 'string' && (method === 'app.setLanguage' || method.startsWith('file.'))) onChanged(method);
    return envelope;
  };
}
