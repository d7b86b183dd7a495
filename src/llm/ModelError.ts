/** What went wrong talking to a model, in a small closed set the UI can explain. */
export type ModelErrorKind =
  'unreachable' | 'key-rejected' | 'model-not-found' | 'rate-limited' | 'server' | 'timeout' | 'cut-off' | 'too-long' | 'malformed' | 'cors' | 'aborted';

/** What a ModelError may carry besides its kind and message. */
export interface ModelErrorDetails {
  retryable?: boolean;
  partialText?: string;
  status?: number;
  retryAfterMs?: number;
}

/** A model fault with a message in plain words for the trainee; never carries the API key. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  readonly kind: ModelErrorKind;
  /** Whether trying the same request again may work. */
  readonly retryable: boolean;
  /** Text the model had already said when the reply broke off; the call keeps it as a partial turn. */
  readonly partialText?: string;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** How long the server asked to wait before asking again (Retry-After), when it said. */
  readonly retryAfterMs?: number;

  constructor(kind: ModelErrorKind, message: string, details: ModelErrorDetails = {}) {
    super(message);
    this.kind = kind;
    this.retryable = details.retryable ?? RETRYABLE[kind];
    if (details.partialText) this.partialText = details.partialText;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }

  /** Everything but the kind and message, to rebuild the error with other words or text. */
  details(): ModelErrorDetails {
    return { retryable: this.retryable, partialText: this.partialText, status: this.status, retryAfterMs: this.retryAfterMs };
  }

  /** The same fault, remembering the text said before it happened. */
  withPartialText(partialText: string): ModelError {
    if (!partialText) return this;
    return new ModelError(this.kind, this.message, { ...this.details(), partialText });
  }
}

const RETRYABLE: Record<ModelErrorKind, boolean> = {
  unreachable: true,
  'key-rejected': false,
  'model-not-found': false,
  'rate-limited': true,
  server: true,
  timeout: true,
  'cut-off': true,
  'too-long': true,
  malformed: true,
  cors: false,
  aborted: false,
};

/** True for a ModelError (also across bundle chunks, where instanceof may fail). */
export function isModelError(error: unknown): error is ModelError {
  return error instanceof ModelError || (error instanceof Error && error.name === 'ModelError' && 'kind' in error);
}

/** Removes every occurrence of the key from a message, in case a server echoes it back. */
export function redactKey(message: string, apiKey: string | undefined): string {
  if (!apiKey || apiKey.length < 4) return message;
  return message.split(apiKey).join('[key hidden]');
}
