import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { isModelError, ModelError, redactKey } from './ModelError';
import { retryAfterMs } from './retryPolicy';

/** What the mapping needs to word the message. */
export interface ErrorContext {
  baseURL: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  /** The clock, for a Retry-After given as a date. */
  now?: () => number;
}

function serverMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  const raw = typeof body?.message === 'string' ? body.message : error.message;
  return raw.replace(/\s+/g, ' ').trim().slice(0, 240);
}

function errorCode(error: APIError): string {
  const body = error.error as { code?: unknown; type?: unknown } | undefined;
  return `${String(body?.code ?? '')} ${String(body?.type ?? '')}`;
}

function fromStatus(error: APIError, status: number, ctx: ErrorContext): ModelError {
  const said = serverMessage(error);
  const after = retryAfterMs(error.headers, (ctx.now ?? Date.now)());
  if (status === 401) {
    return new ModelError(
      'key-rejected',
      'The model server rejected the API key. Check the API key: it may be mistyped, revoked or meant for another service.',
      { status },
    );
  }
  if (status === 403) {
    return new ModelError('key-rejected', `The API key is not allowed to do this (the server said: ${said}).`, { status });
  }
  if (status === 404) {
    if (/model/i.test(`${said} ${errorCode(error)}`)) {
      return new ModelError('model-not-found', `The server does not have the model "${ctx.model}". Check the model name (with Ollama, pull the model first).`, {
        status,
      });
    }
    return new ModelError(
      'unreachable',
      `The server at ${ctx.baseURL} answered, but has no chat API at that address. Check the base URL (it usually ends in /v1).`,
      { status, retryable: false },
    );
  }
  if (status === 429) {
    if (/quota|billing|credit/i.test(`${said} ${errorCode(error)}`)) {
      return new ModelError('rate-limited', 'The model account has run out of credit or quota; waiting will not help until it is topped up.', {
        status,
        retryable: false,
      });
    }
    const told = retryAfterMs(error.headers, (ctx.now ?? Date.now)(), 'seconds');
    const wait = told !== undefined && told >= 1_000 ? ` Try again in about ${Math.round(told / 1000)} s.` : ' Wait a moment and try again.';
    return new ModelError('rate-limited', `The model server is limiting how often it can be asked (too many requests).${wait}`, {
      status,
      retryAfterMs: after,
    });
  }
  if (status === 408) return new ModelError('timeout', 'The model server gave up waiting for its own reply. Try again.', { status });
  if (status >= 500) {
    return new ModelError('server', `The model server had a problem of its own (HTTP ${status}). Try again in a moment.`, { status, retryAfterMs: after });
  }
  return new ModelError('server', `The model server refused the request (HTTP ${status}): ${said}`, { status, retryable: false });
}

/** Maps anything thrown while talking to a model to a ModelError with a plain-words message; never leaks the key. */
export function toModelError(error: unknown, ctx: ErrorContext): ModelError {
  const mapped = mapError(error, ctx);
  const message = redactKey(mapped.message, ctx.apiKey);
  return message === mapped.message ? mapped : new ModelError(mapped.kind, message, mapped.details());
}

function mapError(error: unknown, ctx: ErrorContext): ModelError {
  if (isModelError(error)) return error;
  if (error instanceof APIUserAbortError || (error instanceof Error && error.name === 'AbortError')) {
    return new ModelError('aborted', 'The reply was cancelled.');
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new ModelError('timeout', `The model did not answer within ${Math.round(ctx.timeoutMs / 1000)} s. It may be busy or loading; try again.`);
  }
  if (error instanceof APIConnectionError) {
    const browserHint =
      typeof window !== 'undefined' ? ' If it is, it may not accept requests from this page (CORS): Test connection in Settings tells which.' : '';
    return new ModelError('unreachable', `Could not reach the model server at ${ctx.baseURL}. Is it running, and is the address right?${browserHint}`);
  }
  if (error instanceof APIError) {
    if (typeof error.status === 'number') return fromStatus(error, error.status, ctx);
    return new ModelError('server', `The model server reported an error in the middle of its reply: ${serverMessage(error)}`);
  }
  if (error instanceof SyntaxError) {
    return new ModelError('malformed', 'The model server sent a reply that could not be read (not valid JSON).');
  }
  const text = error instanceof Error ? error.message : String(error);
  return new ModelError('server', `Something went wrong talking to the model: ${text.slice(0, 200)}`);
}
