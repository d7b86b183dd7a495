import type { ModelError } from './ModelError';

/**
 * How long a server asked to wait (`retry-after-ms`, or `retry-after` in seconds or as a date), if it
 * said; `seconds` reads only the standard `retry-after`, the one worth telling a person.
 */
export function retryAfterMs(headers: { get(name: string): string | null } | undefined, now: number, only?: 'seconds'): number | undefined {
  const ms = only ? null : headers?.get('retry-after-ms');
  if (ms && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms));
  const after = headers?.get('retry-after')?.trim();
  if (!after) return undefined;
  if (/^\d+(\.\d+)?$/.test(after)) return Math.round(Number(after) * 1000);
  const at = Date.parse(after);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Faults that are worth asking again after a wait: a rate limit, a server error, a connection that
 * failed. A timeout is not (a silent model rarely answers the second time, and the wait doubles);
 * nor is a reply that had already started (its text is kept instead).
 */
export function isTransient(error: ModelError): boolean {
  if (!error.retryable || error.partialText) return false;
  if (error.kind === 'rate-limited') return true;
  if (error.kind === 'server') return error.status !== undefined && (error.status >= 500 || error.status === 409);
  return error.kind === 'unreachable' && error.status === undefined;
}

/** The wait before attempt `attempt + 1` (0-based): what the server asked for, else 0.5 s doubling up to 8 s. */
export function retryDelayMs(error: ModelError, attempt: number): number {
  return error.retryAfterMs ?? Math.min(500 * 2 ** attempt, 8_000);
}

/** A short reason for a wait, shown while the client waits to ask again. */
export function waitReason(error: ModelError): string {
  switch (error.kind) {
    case 'rate-limited':
      return 'The model is busy (too many requests)';
    case 'unreachable':
      return 'The model server could not be reached';
    default:
      return error.status !== undefined ? `The model server had a problem (HTTP ${error.status})` : 'The model server had a problem';
  }
}
